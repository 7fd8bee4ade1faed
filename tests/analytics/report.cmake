# The daily report (Anev harian): the operations calendar, the report's figures on a hand-built store, its sign-off
# into the audit trail, and the lintas-analytics report command.
foreach(test tst_operations tst_dailyreport tst_reportsignoff)
    qt_add_executable(${test} ${test}.cpp)
    target_link_libraries(${test} PRIVATE lintas_analytics Qt6::Test lintas_options)
endforeach()
add_test(NAME analytics.operations COMMAND tst_operations)
add_test(NAME analytics.dailyreport COMMAND tst_dailyreport)
add_test(NAME analytics.reportsignoff COMMAND tst_reportsignoff)

# Runs the real binary on a store the test writes.
qt_add_executable(tst_reportcli tst_reportcli.cpp)
target_link_libraries(tst_reportcli PRIVATE lintas_analytics Qt6::Test lintas_options)
target_compile_definitions(tst_reportcli PRIVATE LINTAS_ANALYTICS_BINARY="$<TARGET_FILE:lintas-analytics>")
add_dependencies(tst_reportcli lintas-analytics)
add_test(NAME analytics.reportcli COMMAND tst_reportcli)

set_tests_properties(analytics.operations analytics.dailyreport analytics.reportsignoff analytics.reportcli
    PROPERTIES TIMEOUT 120 LABELS analytics)
