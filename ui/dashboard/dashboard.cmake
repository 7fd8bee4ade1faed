# The dashboard: charts behind a small adapter, computed off the GUI thread.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartadapter.h ${CMAKE_CURRENT_LIST_DIR}/chartadapter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chartpanel.h ${CMAKE_CURRENT_LIST_DIR}/chartpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardcharts.h ${CMAKE_CURRENT_LIST_DIR}/dashboardcharts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardrefresher.h ${CMAKE_CURRENT_LIST_DIR}/dashboardrefresher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardselection.h ${CMAKE_CURRENT_LIST_DIR}/dashboardselection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardwindow.h ${CMAKE_CURRENT_LIST_DIR}/dashboardwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drilldowndialog.h ${CMAKE_CURRENT_LIST_DIR}/drilldowndialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drillrecordmodel.h ${CMAKE_CURRENT_LIST_DIR}/drillrecordmodel.cpp
)
