# One benchmark's smoke run, for CTest (bench/CMakeLists.txt):
#   cmake -DPASS=<regex> [-DFAIL=<regex>] -P smoke.cmake -- <benchmark> [args...]
# Passes when the benchmark exits 0, its output matches PASS (the figure it
# exists to print) and does not match FAIL (e.g. a failed request). The figures
# themselves are not judged: at --quick sizes, on a machine running other
# tests, they mean nothing (scripts/bench-table.sh measures). What this
# catches is a benchmark that no longer builds its fixture, crashes, or
# stops printing its figure.
set(command "")
set(after_dashes OFF)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_dashes)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_dashes ON)
  endif()
endforeach()
if(NOT command OR NOT DEFINED PASS)
  message(FATAL_ERROR "usage: cmake -DPASS=<regex> [-DFAIL=<regex>] -P smoke.cmake -- <benchmark> [args...]")
endif()
# Inside CTest's 300 s: a hung benchmark is stopped here, by the process that
# started it, rather than left behind when CTest stops this script.
execute_process(COMMAND ${command} TIMEOUT 240 RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status STREQUAL "0")
  message(FATAL_ERROR "the benchmark exited with ${status}")
endif()
if(NOT out MATCHES "${PASS}")
  message(FATAL_ERROR "the benchmark did not print its figure (nothing matches: ${PASS})")
endif()
if(NOT "${FAIL}" STREQUAL "" AND out MATCHES "${FAIL}")
  message(FATAL_ERROR "the benchmark printed a failure: ${CMAKE_MATCH_0}")
endif()
