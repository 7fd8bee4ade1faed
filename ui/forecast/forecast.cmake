# The hotspot forecast on the map and the suggested unit placement: the controller and its worker-thread jobs,
# and the two map layers it hands the map view.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/forecastcontroller.h ${CMAKE_CURRENT_LIST_DIR}/forecastcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/forecasttraining.h ${CMAKE_CURRENT_LIST_DIR}/forecasttraining.cpp
    ${CMAKE_CURRENT_LIST_DIR}/placementplanner.h ${CMAKE_CURRENT_LIST_DIR}/placementplanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../map/heatlayer.h ${CMAKE_CURRENT_LIST_DIR}/../map/heatlayer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../map/placementlayer.h ${CMAKE_CURRENT_LIST_DIR}/../map/placementlayer.cpp
)
