# The test that stands in for the cases of a Boost.Test program that is not built from the
# current sources (see BoostTestDiscovery.cmake): it fails and says why.
cmake_minimum_required(VERSION 3.25)
message(FATAL_ERROR
  "${TEST_PROGRAM} is not built from the current sources: its last build failed, or an edit "
  "came after it. Build again, and fix the first error the compiler reports.")
