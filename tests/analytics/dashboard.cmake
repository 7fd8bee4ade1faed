# The dashboard's figures and drill-downs over a hand-built store with known answers.
qt_add_executable(tst_dashboardstats tst_dashboardstats.cpp)
target_link_libraries(tst_dashboardstats PRIVATE lintas_analytics Qt6::Test lintas_options)
add_test(NAME analytics.dashboardstats COMMAND tst_dashboardstats)
set_tests_properties(analytics.dashboardstats PROPERTIES TIMEOUT 60 LABELS analytics)
