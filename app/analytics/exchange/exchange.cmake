# Data exchange: NENA EIDO JSON, OASIS CAP 1.2, GeoJSON and CSV.
set(_xchg ${CMAKE_CURRENT_LIST_DIR})
target_sources(lintas_analytics PRIVATE
    ${_xchg}/exchangescope.h ${_xchg}/exchangescope.cpp
    ${_xchg}/exchangereader.h ${_xchg}/exchangereader.cpp
    ${_xchg}/eidoids.h ${_xchg}/eidoids.cpp
    ${_xchg}/eidovocabulary.h ${_xchg}/eidovocabulary.cpp
    ${_xchg}/eidowriter.h ${_xchg}/eidowriter.cpp
    ${_xchg}/eidoreader.h ${_xchg}/eidoreader.cpp
    ${_xchg}/eidoimport.h ${_xchg}/eidoimport.cpp
    ${_xchg}/capalert.h ${_xchg}/capalert.cpp
    ${_xchg}/geojsonexport.h ${_xchg}/geojsonexport.cpp
    ${_xchg}/csvexport.h ${_xchg}/csvexport.cpp
)
