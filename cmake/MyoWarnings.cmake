# Warnings and sanitizers for MyoMap's own targets (not for third-party glue).
function(myomap_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wpedantic
    -Wno-missing-field-initializers)
  if(MYOMAP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(MYOMAP_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
