# The exchange formats: EIDO export and import, the CAP alert, GeoJSON and CSV; and the schema checks of what they
# write — CAP with xmllint against the OASIS XSD, EIDO with Ajv against the NENA JSON schema (test data in
# exchange/, with its origin and licence in exchange/README.md).
set(_xchg_data ${CMAKE_CURRENT_SOURCE_DIR}/exchange)
set(_xchg_validator ${CMAKE_BINARY_DIR}/eido-validator)

foreach(test tst_eido tst_cap tst_geojsonexport tst_csvexport tst_eidoschema)
    qt_add_executable(${test} exchange/${test}.cpp exchange/exchangefixture.h)
    target_link_libraries(${test} PRIVATE lintas_analytics Qt6::Test lintas_options)
    target_include_directories(${test} PRIVATE ${_xchg_data} ${CMAKE_CURRENT_SOURCE_DIR}/../store)
    target_compile_definitions(${test} PRIVATE
        LINTAS_CAP_XSD="${_xchg_data}/CAP-v1.2.xsd"
        LINTAS_EIDO_VALIDATOR="${_xchg_data}/validate-eido.mjs"
        LINTAS_EIDO_MODULES="${_xchg_validator}/node_modules"
        LINTAS_EIDO_COMPILED="${_xchg_validator}/eido-validator.cjs")
endforeach()
add_test(NAME analytics.exchange.eido COMMAND tst_eido)
add_test(NAME analytics.exchange.cap COMMAND tst_cap)
add_test(NAME analytics.exchange.geojson COMMAND tst_geojsonexport)
add_test(NAME analytics.exchange.csv COMMAND tst_csvexport)
set_tests_properties(analytics.exchange.eido analytics.exchange.cap analytics.exchange.geojson
    analytics.exchange.csv PROPERTIES TIMEOUT 60 LABELS analytics)

# The EIDO validator's packages, installed once into the build tree by npm ci, and the schema compiled once into a
# standalone validator there (it takes seconds of CPU); the schema test needs both.
add_test(NAME analytics.exchange.eido_validator_setup
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${_xchg_data} -DDEST=${_xchg_validator}
            -P ${_xchg_data}/setup-eido-validator.cmake)
set_tests_properties(analytics.exchange.eido_validator_setup PROPERTIES
    FIXTURES_SETUP eido_validator TIMEOUT 300 LABELS analytics)
add_test(NAME analytics.exchange.eido_schema COMMAND tst_eidoschema)
set_tests_properties(analytics.exchange.eido_schema PROPERTIES
    FIXTURES_REQUIRED eido_validator TIMEOUT 60 LABELS analytics)
