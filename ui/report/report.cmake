# The daily report: preview, PDF, CSV, sign-off, verification, the automatic previous-day report.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reportwindow.h ${CMAKE_CURRENT_LIST_DIR}/reportwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportverifydialog.h ${CMAKE_CURRENT_LIST_DIR}/reportverifydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportscheduler.h ${CMAKE_CURRENT_LIST_DIR}/reportscheduler.cpp
)
