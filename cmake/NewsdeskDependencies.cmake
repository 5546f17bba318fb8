# Finds the third-party packages newsdesk builds on. A missing package stops the configure
# step with one message that says what to install, instead of CMake's long search report.

# newsdesk_require(<package> [COMPONENTS ...] APT <deb> BREW <formula> VCPKG <port>)
macro(newsdesk_require package)
  cmake_parse_arguments(_require "" "APT;BREW;VCPKG" "COMPONENTS" ${ARGN})
  if(_require_COMPONENTS)
    find_package(${package} COMPONENTS ${_require_COMPONENTS} QUIET)
  else()
    find_package(${package} QUIET)
  endif()
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR
      "newsdesk needs ${package}, which was not found. Install it with one of:\n"
      "  Debian/Ubuntu:  sudo apt-get install ${_require_APT}\n"
      "  Homebrew:       brew install ${_require_BREW}\n"
      "  vcpkg:          vcpkg install ${_require_VCPKG}   (or use the vcpkg.json manifest)\n"
      "or see README.md, \"Install\".")
  endif()
endmacro()

newsdesk_require(Boost COMPONENTS unit_test_framework
                 APT libboost-test-dev BREW boost VCPKG boost-test)
newsdesk_require(fmt APT libfmt-dev BREW fmt VCPKG fmt)
newsdesk_require(nlohmann_json APT nlohmann-json3-dev BREW nlohmann-json VCPKG nlohmann-json)
newsdesk_require(CLI11 APT libcli11-dev BREW cli11 VCPKG cli11)
newsdesk_require(OpenSSL APT libssl-dev BREW openssl VCPKG openssl)
newsdesk_require(ICU COMPONENTS uc APT libicu-dev BREW icu4c VCPKG icu)
