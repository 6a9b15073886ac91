# ctest script of the fuzz.*.smoke tests: a fresh corpus from the seed files
# (SEEDS: globs separated by "|"), then the fuzzer for SECONDS, inputs up to
# MAX_LEN bytes. A crash leaves its input in ARTIFACTS and fails the test.
string(REPLACE "|" ";" seed_globs "${SEEDS}")
file(REMOVE_RECURSE "${CORPUS}")
file(MAKE_DIRECTORY "${CORPUS}" "${ARTIFACTS}")
file(GLOB seeds ${seed_globs})
file(COPY ${seeds} DESTINATION "${CORPUS}")
execute_process(
  COMMAND "${FUZZER}" "${CORPUS}" -max_total_time=${SECONDS} -max_len=${MAX_LEN} -timeout=10
          -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=${ARTIFACTS}/"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the fuzzer failed (${status}); the input is in ${ARTIFACTS}")
endif()
