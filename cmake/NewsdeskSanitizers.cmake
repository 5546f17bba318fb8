# Builds with the sanitizers of clang, for the `sanitize` preset and the fuzzers of tests/fuzz.
#
# NEWSDESK_SANITIZE compiles and links every target with
#   - AddressSanitizer: a read or write outside an object, a use after free, a leak;
#   - UndefinedBehaviorSanitizer: signed overflow, a bad shift, a misaligned or null access;
#   - implicit-conversion: an implicit conversion between integer types that changes the
#     value, such as a std::size_t offset of 2^31 or more stored in an int, or a negative
#     int stored in a std::size_t. This is no undefined behaviour, so -fsanitize=undefined
#     leaves it out, but for a text kit whose offsets are std::size_t end to end it is a bug.
# -fno-sanitize-recover=all stops the program at the first report, so that the test fails.
#
# NEWSDESK_FUZZ builds the libFuzzer harnesses of tests/fuzz as well (tests/fuzz/CMakeLists.txt
# adds the coverage instrumentation that guides libFuzzer to the code they fuzz); it implies
# NEWSDESK_SANITIZE, so a harness stops at the first fault of any kind.
if(NOT (NEWSDESK_SANITIZE OR NEWSDESK_FUZZ))
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "NEWSDESK_SANITIZE and NEWSDESK_FUZZ need clang++ (configure with "
                      "-DCMAKE_CXX_COMPILER=clang++, or use the sanitize preset); "
                      "the compiler is ${CMAKE_CXX_COMPILER_ID}")
endif()

set(_sanitizers address,undefined,implicit-conversion)
add_compile_options(-fsanitize=${_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_link_options(-fsanitize=${_sanitizers})

# The implicit-conversion check also sees the code of the headers of other projects that our
# code instantiates. What it reports there is theirs, and done on purpose (libstdc++ compares
# two strings through a difference of sizes that wraps around), so the ignore list names those
# headers, for that check alone; our own code is never on it. The list says what each header
# does that trips the check.
add_compile_options(
  "-fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/sanitizer-ignorelist.txt")
