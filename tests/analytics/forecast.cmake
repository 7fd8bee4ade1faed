# Tests of the hotspot forecast: history files and stores, the grid and model, the evaluation against its
# baselines, unit placement (by straight line and on the Jakarta demo map), and lintas-analytics evaluate.
foreach(test tst_incidenthistory tst_hotspotforecast tst_forecastevaluation)
    qt_add_executable(${test} ${test}.cpp forecasttestdata.h)
    target_link_libraries(${test} PRIVATE lintas_analytics Qt6::Test lintas_options)
endforeach()
add_test(NAME analytics.incidenthistory COMMAND tst_incidenthistory)
add_test(NAME analytics.hotspotforecast COMMAND tst_hotspotforecast)
add_test(NAME analytics.forecastevaluation COMMAND tst_forecastevaluation)
set_tests_properties(analytics.incidenthistory analytics.hotspotforecast analytics.forecastevaluation
    PROPERTIES TIMEOUT 60 LABELS analytics)

qt_add_executable(tst_unitplacement tst_unitplacement.cpp forecasttestdata.h)
target_link_libraries(tst_unitplacement PRIVATE lintas_analytics Qt6::Test lintas_options)
get_target_property(_forecast_demo_map lintas_demo_map LINTAS_MAP_FILE)
target_compile_definitions(tst_unitplacement PRIVATE LINTAS_DEMO_MAP="${_forecast_demo_map}")
add_dependencies(tst_unitplacement lintas_demo_map)
add_test(NAME analytics.unitplacement COMMAND tst_unitplacement)
set_tests_properties(analytics.unitplacement PROPERTIES TIMEOUT 120 LABELS analytics)

qt_add_executable(tst_evaluatecli tst_evaluatecli.cpp forecasttestdata.h)
target_link_libraries(tst_evaluatecli PRIVATE lintas_analytics Qt6::Test lintas_options)
target_compile_definitions(tst_evaluatecli PRIVATE LINTAS_ANALYTICS_BIN="$<TARGET_FILE:lintas-analytics>")
add_dependencies(tst_evaluatecli lintas-analytics)
add_test(NAME analytics.evaluatecli COMMAND tst_evaluatecli)
set_tests_properties(analytics.evaluatecli PROPERTIES TIMEOUT 60 LABELS analytics)
