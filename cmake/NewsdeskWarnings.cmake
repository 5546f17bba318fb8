# The warning flags every newsdesk target compiles with: the code is read by students, so it
# should be clean under the strictest common set.
add_library(newsdesk_warnings INTERFACE)
if(MSVC)
  target_compile_options(newsdesk_warnings INTERFACE /W4 $<$<BOOL:${NEWSDESK_WERROR}>:/WX>)
else()
  # A stub names its parameters for the student but does not use them yet; a target built from
  # stubs sets NEWSDESK_STUB. The flag comes after -Wextra, which would otherwise turn it back on.
  target_compile_options(newsdesk_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow $<$<BOOL:${NEWSDESK_WERROR}>:-Werror>
    $<$<BOOL:$<TARGET_PROPERTY:NEWSDESK_STUB>>:-Wno-unused-parameter>)
endif()

# Build-time flags by role, for targets whose speed does not matter: together they halve the
# time of a fresh build. Test programs are compiled without optimisation (the code they test
# lives in the exercise libraries, which keep the build type's flags); code off every hot path
# (command-line parsing, checking and generating data, test plumbing) with a little.
add_library(newsdesk_test_flags INTERFACE)
add_library(newsdesk_cold_flags INTERFACE)
if(NOT MSVC)
  target_compile_options(newsdesk_test_flags INTERFACE -O0)
  target_compile_options(newsdesk_cold_flags INTERFACE -O1)
endif()
