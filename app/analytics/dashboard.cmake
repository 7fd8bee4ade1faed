# The supervisors' dashboard figures: the query (dashboardstats), its period and scope, one read per figure over
# incidents, units and cases, and the drill-down to the records behind a chart.
target_sources(lintas_analytics PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.h ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardperiod.h ${CMAKE_CURRENT_LIST_DIR}/dashboardperiod.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardscope.h ${CMAKE_CURRENT_LIST_DIR}/dashboardscope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardreads.h
    ${CMAKE_CURRENT_LIST_DIR}/dashboardincidents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardunits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardcases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboarddrill.h ${CMAKE_CURRENT_LIST_DIR}/dashboarddrill.cpp
)
