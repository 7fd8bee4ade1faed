# Warnings as an INTERFACE target, so every project target gets the same set and nothing else does.
add_library(lintas_warnings INTERFACE)
target_compile_options(lintas_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wdouble-promotion
    -Wformat=2 -Wimplicit-fallthrough)
if(LINTAS_WERROR)
    target_compile_options(lintas_warnings INTERFACE -Werror)
endif()
