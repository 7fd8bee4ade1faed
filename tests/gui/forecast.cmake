# The hotspot forecast on the map: the heat layer, the placement marks and the controller, on the demo map.
lintas_gui_test(tst_forecastlayer)
target_compile_definitions(tst_forecastlayer PRIVATE LINTAS_DEMO_MAP="${_demo_map}")
add_dependencies(tst_forecastlayer lintas_demo_map)
set_tests_properties(gui.tst_forecastlayer PROPERTIES TIMEOUT 180)
