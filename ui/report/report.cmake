# The daily report: preview, PDF, CSV, sign-off, verification, the automatic previous-day report.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reportwindow.h ${CMAKE_CURRENT_LIST_DIR}/reportwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportverifydialog.h ${CMAKE_CURRENT_LIST_DIR}/reportverifydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportscheduler.h ${CMAKE_CURRENT_LIST_DIR}/reportscheduler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportsettingsdialog.h ${CMAKE_CURRENT_LIST_DIR}/reportsettingsdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportautosettings.h ${CMAKE_CURRENT_LIST_DIR}/reportautosettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportrenderer.h ${CMAKE_CURRENT_LIST_DIR}/reportrenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportchart.h ${CMAKE_CURRENT_LIST_DIR}/reportchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportwords.h ${CMAKE_CURRENT_LIST_DIR}/reportwords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportfiles.h ${CMAKE_CURRENT_LIST_DIR}/reportfiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportjobs.h ${CMAKE_CURRENT_LIST_DIR}/reportjobs.cpp
)
