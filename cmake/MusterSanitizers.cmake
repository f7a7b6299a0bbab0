# Maps the MUSTER_SANITIZE cache value to MUSTER_SANITIZE_KIND:
#   OFF (or any CMake false value)  -> ""         no sanitizer
#   ON / address                    -> "address"  ASan + UBSan (the CI's ASan stage)
#   thread / tsan                   -> "thread"   ThreadSanitizer (the CI's TSan stage)
# `if(MUSTER_SANITIZE)` stays true for every sanitizer build, so code that only
# asks "any sanitizer?" (no jemalloc: cmake/MusterDependencies.cmake; the fuzz
# replay tests: tests/fuzz) keeps working unchanged.
string(TOLOWER "${MUSTER_SANITIZE}" _muster_sanitize)
if(NOT MUSTER_SANITIZE)
  set(MUSTER_SANITIZE_KIND "")
elseif(_muster_sanitize STREQUAL "thread" OR _muster_sanitize STREQUAL "tsan")
  set(MUSTER_SANITIZE_KIND "thread")
elseif(_muster_sanitize STREQUAL "address" OR _muster_sanitize STREQUAL "asan"
       OR _muster_sanitize MATCHES "^(on|yes|true|y|1)$")
  set(MUSTER_SANITIZE_KIND "address")
else()
  message(FATAL_ERROR "MUSTER_SANITIZE=${MUSTER_SANITIZE}: expected OFF, ON, address or thread")
endif()
unset(_muster_sanitize)
if(MUSTER_SANITIZE_KIND)
  message(STATUS "Muster sanitizers: ${MUSTER_SANITIZE_KIND}")
endif()
