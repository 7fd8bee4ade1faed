# AddressSanitizer + UndefinedBehaviorSanitizer as an INTERFACE target (the `asan` preset turns it on).
add_library(lintas_sanitizers INTERFACE)
if(LINTAS_SANITIZE)
    target_compile_options(lintas_sanitizers INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(lintas_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
