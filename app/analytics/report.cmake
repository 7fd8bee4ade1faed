# The daily report (Anev harian): operations calendar, the report model, its builder over a store, CSV.
target_sources(lintas_analytics PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/operations.h ${CMAKE_CURRENT_LIST_DIR}/operations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dailyreport.h ${CMAKE_CURRENT_LIST_DIR}/dailyreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dailyreportbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportlabels.h ${CMAKE_CURRENT_LIST_DIR}/reportlabels.cpp
)
