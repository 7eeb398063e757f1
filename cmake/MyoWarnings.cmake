# Sanitizers apply to everything linked (a mix of instrumented and plain objects fails to link);
# warnings only to MyoMap's own targets.
if(MYOMAP_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

function(myomap_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wpedantic
    -Wno-missing-field-initializers)
  if(MYOMAP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
