# Writes the catalog's texts for the web page: `teleworksec template
# certification-v2 --hints`, the facts, questions (with their conditions) and
# checks from the same data the engine rates with.
#   cmake -DCLI=… -DOUT=… -P catalog.cmake
foreach(var CLI OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "catalog.cmake: -D${var}= is required")
  endif()
endforeach()
execute_process(COMMAND "${CLI}" template certification-v2 --hints OUTPUT_FILE "${OUT}.tmp"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CLI} template certification-v2 --hints: exit ${rc}")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
