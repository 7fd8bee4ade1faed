# The dashboard: charts behind a small adapter, computed off the GUI thread.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardwindow.h ${CMAKE_CURRENT_LIST_DIR}/dashboardwindow.cpp
)
