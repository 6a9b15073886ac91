# ctest script of fuzz.nmap_reader.smoke: a fresh corpus from the recorded
# scans and the bad-input corpus, then the fuzzer for a fixed time.
file(REMOVE_RECURSE "${CORPUS}")
file(MAKE_DIRECTORY "${CORPUS}" "${ARTIFACTS}")
file(GLOB seeds "${SEEDS}/*.xml" "${SEEDS}/bad/*.xml")
file(COPY ${seeds} DESTINATION "${CORPUS}")
execute_process(
  COMMAND "${FUZZER}" "${CORPUS}" -max_total_time=${SECONDS} -max_len=262144 -timeout=10
          -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=${ARTIFACTS}/"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the fuzzer failed (${status}); the input is in ${ARTIFACTS}")
endif()
