# Runs one command and checks its exit status and what it printed; a CTest test for the
# `newsdesk` program as a user sees it.
#   cmake -D "COMMAND=prog;arg;..." -D EXPECT_STATUS=1 [-D EXPECT_STDOUT=regex]
#         [-D EXPECT_STDERR=regex] [-D STDIN_FILE=path] [-D STDOUT_FILE=path] -P expect_run.cmake
# With STDOUT_FILE (such as /dev/full), standard output goes to that file instead.
cmake_minimum_required(VERSION 3.25)

if(DEFINED STDIN_FILE)
  set(input INPUT_FILE "${STDIN_FILE}")
endif()
if(DEFINED STDOUT_FILE)
  set(output OUTPUT_FILE "${STDOUT_FILE}")
else()
  set(output OUTPUT_VARIABLE out)
endif()
execute_process(COMMAND ${COMMAND} ${input} ${output}
  RESULT_VARIABLE status ERROR_VARIABLE err TIMEOUT 20)

set(problems "")
if(NOT status STREQUAL EXPECT_STATUS)
  string(APPEND problems "exit status ${status}, expected ${EXPECT_STATUS}\n")
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
  string(APPEND problems "standard output does not match: ${EXPECT_STDOUT}\n")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
  string(APPEND problems "standard error does not match: ${EXPECT_STDERR}\n")
endif()
if(problems)
  list(JOIN COMMAND " " shown)
  message(FATAL_ERROR "${shown}\n${problems}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
