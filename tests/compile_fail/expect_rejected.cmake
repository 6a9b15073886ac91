# Compiles one compile-fail case (cmake -P, see CMakeLists.txt) and passes only
# when the compiler rejects it with exactly one error, and that error is the
# static_assert carrying MESSAGE: a case that trips another rule as well, or
# fails for an unrelated reason (a typo, a missing include), does not pass.
#
# -DCXX=<compiler> -DINCLUDE_DIR=<include/> -DSOURCE=<case.cpp> -DMESSAGE=<fragment>

foreach(var CXX INCLUDE_DIR SOURCE MESSAGE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "expect_rejected.cmake: ${var} is not set")
  endif()
endforeach()

# LC_ALL=C: the compiler's own words ("error:", "static assertion failed") in English.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C LANG=C
          "${CXX}" -std=c++20 -fsyntax-only -fno-diagnostics-color "-I${INCLUDE_DIR}" "${SOURCE}"
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)

if(exit_code EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but must be rejected with: ${MESSAGE}")
endif()

# Semicolons would split the list of errors below.
string(REPLACE ";" "," output "${output}")
string(REGEX MATCHALL "error: [^\n]*" errors "${output}")
list(LENGTH errors error_count)
if(NOT error_count EQUAL 1)
  message(FATAL_ERROR "expected exactly one error (${MESSAGE}), got ${error_count}:\n${output}")
endif()

list(GET errors 0 error)
# g++: "static assertion failed: …"; clang++: "static_assert failed due to …".
string(REGEX MATCH "static[ _]assert" is_static_assert "${error}")
string(FIND "${error}" "${MESSAGE}" has_message)
if(NOT is_static_assert OR has_message EQUAL -1)
  message(FATAL_ERROR "expected the static_assert \"${MESSAGE}\", got:\n${output}")
endif()
message(STATUS "rejected as expected: ${error}")
