# The Analysis menu and what the supervisors' tools share.
target_sources(lintas_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/supervisioncontext.h
    ${CMAKE_CURRENT_LIST_DIR}/supervisionmenu.h ${CMAKE_CURRENT_LIST_DIR}/supervisionmenu.cpp
)
