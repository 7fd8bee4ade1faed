# The hotspot forecast: history, grid and model, its evaluation against baselines, unit placement.
target_sources(lintas_analytics PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/incidenthistory.h ${CMAKE_CURRENT_LIST_DIR}/incidenthistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hotspotforecast.h ${CMAKE_CURRENT_LIST_DIR}/hotspotforecast.cpp
    ${CMAKE_CURRENT_LIST_DIR}/forecastevaluation.h ${CMAKE_CURRENT_LIST_DIR}/forecastevaluation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/unitplacement.h ${CMAKE_CURRENT_LIST_DIR}/unitplacement.cpp
)
