# The supervisors' dashboard figures.
target_sources(lintas_analytics PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.h ${CMAKE_CURRENT_LIST_DIR}/dashboardstats.cpp
)
