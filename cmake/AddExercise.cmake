# add_exercise(<NN-name> LEVEL <n> SOURCES <file>... TESTS <file>...
#              [GIVEN <file>...] [LIBRARIES <target>...])
#
# Builds one exercise: a library `newsdesk-<NN-name>` from the chosen track's implementation
# files (SOURCES) and from code given to the student in exercises/<NN-name>/ (GIVEN), with the
# contract header from exercises/<NN-name>/, and a Boost.Test program
# `test-<NN-name>` from tests/<NN-name>/ whose cases become one CTest test each, named
# `<NN-name>/<suite>/<case>` and labelled `level<n>` and `<NN-name>`. While the program is not
# built from the current sources (it does not compile), one failing test `<NN-name>/NOT_BUILT`
# stands in for its cases.
function(add_exercise name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "LEVEL" "SOURCES;TESTS;GIVEN;LIBRARIES")
  if(NOT arg_LEVEL OR NOT arg_SOURCES OR NOT arg_TESTS)
    message(FATAL_ERROR "add_exercise(${name}): LEVEL, SOURCES and TESTS are required")
  endif()

  if(NEWSDESK_SUBMISSION_DIR)
    set(implementation_dir "${NEWSDESK_SUBMISSION_DIR}/${name}")
  elseif(NEWSDESK_TRACK STREQUAL "solutions")
    set(implementation_dir "${PROJECT_SOURCE_DIR}/solutions/${name}")
  elseif(NEWSDESK_TRACK STREQUAL "exercises")
    set(implementation_dir "${PROJECT_SOURCE_DIR}/exercises/${name}")
  else()
    message(FATAL_ERROR "NEWSDESK_TRACK is \"${NEWSDESK_TRACK}\"; expected exercises or solutions")
  endif()

  set(sources "")
  foreach(source IN LISTS arg_SOURCES)
    if(EXISTS "${implementation_dir}/${source}")
      list(APPEND sources "${implementation_dir}/${source}")
    elseif(NEWSDESK_SUBMISSION_DIR)
      # A submission without this exercise is graded as not started, and the rest as usual.
      message(WARNING "${name}: ${implementation_dir}/${source} does not exist; "
                      "grading the untouched stub instead")
      list(APPEND sources "${PROJECT_SOURCE_DIR}/exercises/${name}/${source}")
    else()
      message(FATAL_ERROR "${name}: ${implementation_dir}/${source} does not exist")
    endif()
  endforeach()

  foreach(given IN LISTS arg_GIVEN)
    list(APPEND sources "${PROJECT_SOURCE_DIR}/exercises/${name}/${given}")
  endforeach()

  set(library "newsdesk-${name}")
  add_library(${library} STATIC ${sources})
  target_include_directories(${library} PUBLIC "${PROJECT_SOURCE_DIR}/exercises/${name}")
  target_link_libraries(${library}
    PUBLIC ${arg_LIBRARIES}
    PRIVATE newsdesk-common newsdesk_warnings fmt::fmt)
  target_compile_features(${library} PUBLIC cxx_std_20)
  # __FILE__ then reads "exercises/01-count-text/count_text.cpp" (or "01-count-text/..." in a
  # submission), the path a not_implemented message tells the student to open.
  if(NEWSDESK_SUBMISSION_DIR)
    set(path_root "${NEWSDESK_SUBMISSION_DIR}")
  else()
    set(path_root "${PROJECT_SOURCE_DIR}")
  endif()
  if(NOT MSVC)
    target_compile_options(${library} PRIVATE "-fmacro-prefix-map=${path_root}/=")
  endif()
  if(NOT NEWSDESK_TRACK STREQUAL "solutions" OR NEWSDESK_SUBMISSION_DIR)
    set_target_properties(${library} PROPERTIES NEWSDESK_STUB TRUE)
  endif()

  set(test_sources "")
  foreach(test IN LISTS arg_TESTS)
    list(APPEND test_sources "${PROJECT_SOURCE_DIR}/tests/${name}/${test}")
  endforeach()
  set(test_program "test-${name}")
  add_executable(${test_program} ${test_sources})
  target_link_libraries(${test_program} PRIVATE ${library} newsdesk-test-support newsdesk_warnings)
  newsdesk_use_test_pch(${test_program})
  boost_test_discover_tests(${test_program}
    PREFIX "${name}/"
    LABELS "level${arg_LEVEL}" "${name}"
    TIMEOUT "${NEWSDESK_TEST_TIMEOUT}"
    SOURCES ${sources} ${test_sources})

  set_property(GLOBAL APPEND PROPERTY NEWSDESK_EXERCISE_LIBRARIES ${library})
endfunction()
