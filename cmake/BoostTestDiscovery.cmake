# boost_test_discover_tests(<target> [PREFIX <text>] [LABELS <label>...] [TIMEOUT <seconds>])
#
# Makes each Boost.Test case of <target> its own CTest test, as CMake's gtest_discover_tests
# does for GoogleTest. After every build of <target>, the program is asked for its cases
# (`--list_content`) and a CTest script with one add_test() per case is written next to it.
# A case `suite/case` becomes the test `<PREFIX>suite/case`, run as
# `<target> --run_test=suite/case`, so a crash or a hang fails that case alone.
set(_boost_test_add_tests_script "${CMAKE_CURRENT_LIST_DIR}/BoostTestAddTests.cmake")

function(boost_test_discover_tests target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "PREFIX;TIMEOUT" "LABELS")
  if(NOT arg_TIMEOUT)
    set(arg_TIMEOUT 10)
  endif()

  # A `;` inside a custom command argument would split it, so labels travel joined by `,`.
  list(JOIN arg_LABELS "," labels)
  set(base "${CMAKE_CURRENT_BINARY_DIR}/${target}")
  set(tests_file "${base}_tests.cmake")
  set(include_file "${base}_include.cmake")

  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND "${CMAKE_COMMAND}"
      -D "TEST_PROGRAM=$<TARGET_FILE:${target}>"
      -D "TEST_PREFIX=${arg_PREFIX}"
      -D "TEST_LABELS=${labels}"
      -D "TEST_TIMEOUT=${arg_TIMEOUT}"
      -D "TEST_WORKING_DIRECTORY=${PROJECT_SOURCE_DIR}"
      -D "TESTS_FILE=${tests_file}"
      -P "${_boost_test_add_tests_script}"
    BYPRODUCTS "${tests_file}"
    COMMENT "Listing the test cases of ${target}"
    VERBATIM)

  # Until the program is built there is nothing to list; a placeholder test says so, so that
  # running CTest before building fails loudly instead of passing with nothing run.
  file(WRITE "${include_file}"
    "if(EXISTS [==[${tests_file}]==])\n"
    "  include([==[${tests_file}]==])\n"
    "else()\n"
    "  add_test([==[${arg_PREFIX}NOT_BUILT]==] [==[${target}_NOT_BUILT]==])\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
