# capi.rate_file: the C example rate_file prints, for every sample and every
# format (json, oscal, sarif, html in English and Japanese), the same bytes as
# `teleworksec rate --format FORMAT [--lang LANG]`, and for every catalog the
# bytes of `teleworksec export oscal-catalog CATALOG`; on a bad file it exits 2
# with a message naming it.
#   cmake -DRATE_FILE=… -DCLI=… -DSAMPLES_DIR=… -DBAD=… -DOUT_DIR=… -P this file
foreach(var RATE_FILE CLI SAMPLES_DIR BAD OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compare_rate_file.cmake: -D${var}= is required")
  endif()
endforeach()
file(MAKE_DIRECTORY "${OUT_DIR}")

# Runs rate_file with `ours` and the CLI with `theirs`; both must exit 0 and
# print the same bytes (kept in OUT_DIR as <label>.rate_file / <label>.cli).
function(compare label ours theirs)
  execute_process(COMMAND "${RATE_FILE}" ${ours} OUTPUT_FILE "${OUT_DIR}/${label}.rate_file"
                  RESULT_VARIABLE rc_ours)
  execute_process(COMMAND "${CLI}" ${theirs} OUTPUT_FILE "${OUT_DIR}/${label}.cli"
                  RESULT_VARIABLE rc_theirs)
  if(NOT rc_ours EQUAL 0 OR NOT rc_theirs EQUAL 0)
    message(FATAL_ERROR "${label}: rate_file exited ${rc_ours}, the CLI ${rc_theirs}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${OUT_DIR}/${label}.rate_file"
                          "${OUT_DIR}/${label}.cli" RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${label}: rate_file and the CLI differ (in ${OUT_DIR})")
  endif()
endfunction()

file(GLOB samples "${SAMPLES_DIR}/*.json")
list(LENGTH samples count)
if(count EQUAL 0)
  message(FATAL_ERROR "no samples in ${SAMPLES_DIR}")
endif()
set(catalogs "")
foreach(sample IN LISTS samples)
  get_filename_component(name "${sample}" NAME_WE)
  compare("${name}" "${sample}" "rate;--format;json;${sample}")
  foreach(format IN ITEMS json oscal sarif)
    compare("${name}-${format}" "${sample};${format}" "rate;--format;${format};${sample}")
  endforeach()
  foreach(lang IN ITEMS en ja)
    compare("${name}-html-${lang}" "${sample};html;${lang}"
            "rate;--format;html;--lang;${lang};${sample}")
  endforeach()
  file(READ "${sample}" text)
  string(JSON catalog GET "${text}" catalog)
  list(APPEND catalogs "${catalog}")
endforeach()
list(REMOVE_DUPLICATES catalogs)
foreach(catalog IN LISTS catalogs)
  compare("${catalog}-oscal-catalog" "--catalog;${catalog};oscal-catalog"
          "export;oscal-catalog;${catalog}")
endforeach()

execute_process(COMMAND "${RATE_FILE}" "${BAD}" OUTPUT_VARIABLE out ERROR_VARIABLE err
                RESULT_VARIABLE rc)
string(FIND "${err}" "${BAD}: $[" at)
if(NOT rc EQUAL 2 OR NOT at EQUAL 0 OR NOT out STREQUAL "")
  message(FATAL_ERROR "bad file: exit ${rc} (expected 2), stderr: ${err}")
endif()
foreach(usage IN ITEMS "${SAMPLES_DIR}/${name}.json;yaml" "--catalog;coworking-v2;yaml")
  execute_process(COMMAND "${RATE_FILE}" ${usage} ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 2 OR NOT err MATCHES "^format: expected ")
    message(FATAL_ERROR "format yaml: exit ${rc} (expected 2), stderr: ${err}")
  endif()
endforeach()
execute_process(COMMAND "${RATE_FILE}" --catalog no-such-catalog oscal-catalog
                ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT err MATCHES "status 4")
  message(FATAL_ERROR "unknown catalog: exit ${rc} (expected 1, status 4), stderr: ${err}")
endif()
list(LENGTH catalogs catalog_count)
message(STATUS "rate_file = the CLI on ${count} samples in 6 formats and ${catalog_count} "
               "catalogs; bad file and unknown format: exit 2; unknown catalog: status 4")
