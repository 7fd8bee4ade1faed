# Data exchange: EIDO, CAP, GeoJSON and CSV files.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/exchangemenu.h ${CMAKE_CURRENT_LIST_DIR}/exchangemenu.cpp
)
