# myomap_render_test(NAME <name> [ARGS ...] [SIZE WxH] [THRESHOLD t])
# One golden-image test: renders with --screenshot into Testing/Temporary/<name>.png and compares
# with tests/baselines/<name>.png. On failure the app prints the actual and diff image paths.
# A missing baseline fails and says where the actual image is, to inspect and copy.
# THRESHOLD is the largest accepted fraction of differing pixels (see core/image/image.h);
# 0.004 was calibrated on llvmpipe, where repeated runs give 0.
function(myomap_render_test)
  cmake_parse_arguments(T "" "NAME;SIZE;THRESHOLD" "ARGS" ${ARGN})
  if(NOT T_SIZE)
    set(T_SIZE 480x640)
  endif()
  if(NOT T_THRESHOLD)
    set(T_THRESHOLD 0.004)
  endif()
  add_test(NAME render_${T_NAME}
    COMMAND myomap --screenshot ${CMAKE_BINARY_DIR}/Testing/Temporary/${T_NAME}.png
            --reference ${PROJECT_SOURCE_DIR}/tests/baselines/${T_NAME}.png
            --threshold ${T_THRESHOLD} --size ${T_SIZE} ${T_ARGS})
  set_tests_properties(render_${T_NAME} PROPERTIES LABELS gl ENVIRONMENT "MYOMAP_GL_CHECKS=1")
endfunction()

# myomap_cli_test(NAME <name> EXIT <code> [MATCH regex] COMMAND ...)
# Runs a command and checks its exit code, and that its output matches a regex.
function(myomap_cli_test)
  cmake_parse_arguments(T "" "NAME;EXIT;MATCH;LABEL" "COMMAND" ${ARGN})
  if(NOT T_LABEL)
    set(T_LABEL core)
  endif()
  add_test(NAME cli_${T_NAME}
    COMMAND ${CMAKE_COMMAND} -DEXPECT_EXIT=${T_EXIT} "-DEXPECT_MATCH=${T_MATCH}" "-DCMD=${T_COMMAND}"
            -P ${PROJECT_SOURCE_DIR}/cmake/RunAndExpect.cmake)
  set_tests_properties(cli_${T_NAME} PROPERTIES LABELS ${T_LABEL} ENVIRONMENT "MYOMAP_GL_CHECKS=1")
endfunction()
