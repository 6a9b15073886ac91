# capi.rate_file: the C example rate_file prints, for every sample, the same
# bytes as `teleworksec rate --format json`, and on a bad file exits 2 with a
# message naming it.
#   cmake -DRATE_FILE=… -DCLI=… -DSAMPLES_DIR=… -DBAD=… -DOUT_DIR=… -P this file
foreach(var RATE_FILE CLI SAMPLES_DIR BAD OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compare_rate_file.cmake: -D${var}= is required")
  endif()
endforeach()
file(MAKE_DIRECTORY "${OUT_DIR}")
file(GLOB samples "${SAMPLES_DIR}/*.json")
list(LENGTH samples count)
if(count EQUAL 0)
  message(FATAL_ERROR "no samples in ${SAMPLES_DIR}")
endif()
foreach(sample IN LISTS samples)
  get_filename_component(name "${sample}" NAME_WE)
  set(ours "${OUT_DIR}/rate_file-${name}.json")
  set(theirs "${OUT_DIR}/cli-${name}.json")
  execute_process(COMMAND "${RATE_FILE}" "${sample}" OUTPUT_FILE "${ours}"
                  RESULT_VARIABLE rc_ours)
  execute_process(COMMAND "${CLI}" rate --format json "${sample}" OUTPUT_FILE "${theirs}"
                  RESULT_VARIABLE rc_theirs)
  if(NOT rc_ours EQUAL 0 OR NOT rc_theirs EQUAL 0)
    message(FATAL_ERROR "${name}: rate_file exited ${rc_ours}, the CLI ${rc_theirs}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${ours}" "${theirs}"
                  RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${name}: rate_file and the CLI differ: ${ours} ${theirs}")
  endif()
endforeach()

execute_process(COMMAND "${RATE_FILE}" "${BAD}" OUTPUT_VARIABLE out ERROR_VARIABLE err
                RESULT_VARIABLE rc)
string(FIND "${err}" "${BAD}: $[" at)
if(NOT rc EQUAL 2 OR NOT at EQUAL 0 OR NOT out STREQUAL "")
  message(FATAL_ERROR "bad file: exit ${rc} (expected 2), stderr: ${err}")
endif()
message(STATUS "rate_file = teleworksec rate --format json on ${count} samples; bad file: exit 2")
