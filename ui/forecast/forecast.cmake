# The hotspot forecast on the map and the suggested unit placement.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/forecastcontroller.h ${CMAKE_CURRENT_LIST_DIR}/forecastcontroller.cpp
)
