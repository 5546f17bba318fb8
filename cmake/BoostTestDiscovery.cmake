# boost_test_discover_tests(<target> [PREFIX <text>] [LABELS <label>...] [TIMEOUT <seconds>]
#                           [SOURCES <file>...])
#
# Makes each Boost.Test case of <target> its own CTest test, as CMake's gtest_discover_tests
# does for GoogleTest. After every build of <target>, the program is asked for its cases
# (`--list_content`) and a CTest script with one add_test() per case is written next to it.
# A case `suite/case` becomes the test `<PREFIX>suite/case`, run as
# `<target> --run_test=suite/case`, so a crash or a hang fails that case alone.
#
# When that list is missing (the program was never built) or older than one of SOURCES
# (absolute paths of the files the program is built from: its last build failed, or has not
# run since an edit), the one test `<PREFIX>NOT_BUILT` stands in its place and fails, so
# that CTest neither passes with nothing run nor grades a program built from older code.
set(_boost_test_add_tests_script "${CMAKE_CURRENT_LIST_DIR}/BoostTestAddTests.cmake")
set(_boost_test_not_built_script "${CMAKE_CURRENT_LIST_DIR}/BoostTestNotBuilt.cmake")

function(boost_test_discover_tests target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "PREFIX;TIMEOUT" "LABELS;SOURCES")
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

  # CTest reads this file each time it runs, so it compares the time stamps then. A successful
  # build writes the list after compiling every source, so the list is the newest file.
  # (IS_NEWER_THAN also holds for equal time stamps, which a file system that counts whole
  # seconds gives a quick build: then the list counts as current.)
  set(current "EXISTS [==[${tests_file}]==]")
  foreach(source IN LISTS arg_SOURCES)
    string(APPEND current "\n   AND [==[${tests_file}]==] IS_NEWER_THAN [==[${source}]==]")
  endforeach()
  file(WRITE "${include_file}"
    "if(${current})\n"
    "  include([==[${tests_file}]==])\n"
    "else()\n"
    "  add_test([==[${arg_PREFIX}NOT_BUILT]==] [==[${CMAKE_COMMAND}]==]\n"
    "           -D [==[TEST_PROGRAM=${target}]==] -P [==[${_boost_test_not_built_script}]==])\n"
    "  set_tests_properties([==[${arg_PREFIX}NOT_BUILT]==] PROPERTIES\n"
    "                       LABELS [==[${arg_LABELS}]==] TIMEOUT ${arg_TIMEOUT})\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
