# Data exchange: EIDO, CAP, GeoJSON and CSV files.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/exchangemenu.h ${CMAKE_CURRENT_LIST_DIR}/exchangemenu.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exchangescopedialog.h ${CMAKE_CURRENT_LIST_DIR}/exchangescopedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incidentchooserdialog.h ${CMAKE_CURRENT_LIST_DIR}/incidentchooserdialog.cpp
)
