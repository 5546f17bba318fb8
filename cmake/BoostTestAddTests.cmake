# Script half of BoostTestDiscovery.cmake, run after each build of a Boost.Test program:
# reads the program's `--list_content` tree and writes one add_test() per enabled case.
#
# `--list_content` prints (on standard error) one line per suite or case, indented four spaces
# per level, with `*` after the name when the unit is enabled:
#   count_text*
#       counts_bytes*
cmake_minimum_required(VERSION 3.25)

execute_process(
  COMMAND "${TEST_PROGRAM}" --list_content
  RESULT_VARIABLE result
  OUTPUT_VARIABLE listing_out
  ERROR_VARIABLE listing
  TIMEOUT 30)
string(APPEND listing "${listing_out}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${TEST_PROGRAM} --list_content failed (${result}):\n${listing}")
endif()

string(REPLACE "," ";" TEST_LABELS "${TEST_LABELS}")
set(script "# Written by BoostTestAddTests.cmake from `${TEST_PROGRAM} --list_content`.\n")
set(path "")          # the suite names above the current line, one per level
set(previous_depth -1)
set(previous_name "")
set(previous_enabled FALSE)
set(count 0)

# A unit is a case when the next line is not deeper than it; so each line is decided when the
# following one is read, and a sentinel line at depth 0 closes the last one.
string(REPLACE "\n" ";" lines "${listing}")
list(APPEND lines "<end>")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(STRIP "${line}" name)
  string(FIND "${line}" "${name}" indent_length)
  math(EXPR depth "${indent_length} / 4")

  if(previous_depth GREATER_EQUAL 0 AND depth LESS_EQUAL previous_depth AND previous_enabled)
    set(case_path "${path}")
    list(SUBLIST case_path 0 ${previous_depth} case_path)
    list(APPEND case_path "${previous_name}")
    list(JOIN case_path "/" case_id)
    string(APPEND script
      "add_test([==[${TEST_PREFIX}${case_id}]==] [==[${TEST_PROGRAM}]==] "
      "[==[--run_test=${case_id}]==] --color_output=no --report_level=no)\n"
      "set_tests_properties([==[${TEST_PREFIX}${case_id}]==] PROPERTIES "
      "LABELS [==[${TEST_LABELS}]==] TIMEOUT ${TEST_TIMEOUT} "
      "WORKING_DIRECTORY [==[${TEST_WORKING_DIRECTORY}]==])\n")
    math(EXPR count "${count} + 1")
  endif()

  if(name STREQUAL "<end>")
    break()
  endif()
  string(REGEX REPLACE "\\*$" "" bare_name "${name}")
  if(bare_name STREQUAL name)
    set(previous_enabled FALSE)
  else()
    set(previous_enabled TRUE)
  endif()
  # Keep `path` exactly `depth` long, then push this unit as the parent of deeper lines.
  list(LENGTH path path_length)
  if(path_length GREATER depth)
    list(SUBLIST path 0 ${depth} path)
  endif()
  list(APPEND path "${bare_name}")
  set(previous_name "${bare_name}")
  set(previous_depth ${depth})
endforeach()

if(count EQUAL 0)
  message(FATAL_ERROR "${TEST_PROGRAM} lists no enabled test case:\n${listing}")
endif()
file(WRITE "${TESTS_FILE}" "${script}")
