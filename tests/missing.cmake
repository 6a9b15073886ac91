# Stands in for a test whose program was not found at configure time (see
# teleworksec_missing_test in tests/CMakeLists.txt):
#   cmake -DMISSING="program (Debian: package)" -P missing.cmake
# Prints "SKIP: missing: …", which the test's SKIP_REGULAR_EXPRESSION reports as
# skipped; with CI=true in the environment it fails instead, as the test
# scripts that exit 77 do, so a CI job cannot pass without the test.
if("$ENV{CI}" STREQUAL "true")
  message(FATAL_ERROR "CI=true and missing: ${MISSING}")
endif()
message("SKIP: missing: ${MISSING}")
