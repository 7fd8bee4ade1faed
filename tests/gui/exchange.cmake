# The "Data exchange" menu: its actions, an import of a malformed EIDO that changes nothing, good imports through
# the store service, exports through the actions' code paths, and its dialogs.
qt_add_executable(tst_exchangemenu exchange/tst_exchangemenu.cpp guitestsupport.h)
target_link_libraries(tst_exchangemenu PRIVATE lintas_ui Qt6::Test lintas_options)
target_include_directories(tst_exchangemenu PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
add_test(NAME gui.tst_exchangemenu COMMAND tst_exchangemenu)
set_tests_properties(gui.tst_exchangemenu PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
    TIMEOUT 120
    LABELS gui)
