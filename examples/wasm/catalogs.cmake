# Writes one data file per catalog for the web page and the npm package:
# DIR/<catalog>.json = {"rules": `teleworksec rules CATALOG --format json`,
# "template": `teleworksec template CATALOG --hints`}, for every catalog that
# `teleworksec --version` lists — the structure and texts from the same data
# the engine rates with, so a catalog added to the library needs no JavaScript.
# DIR/index.json lists the catalogs in that order.
#   cmake -DCLI=… -DDIR=… -P catalogs.cmake
foreach(var CLI DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "catalogs.cmake: -D${var}= is required")
  endif()
endforeach()
function(cli_output out)
  execute_process(COMMAND "${CLI}" ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " what)
    message(FATAL_ERROR "${CLI} ${what}: exit ${rc}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

cli_output(version --version)
# "<catalog>  fingerprint <hex>" lines after the first.
string(REGEX MATCHALL "\n[a-z0-9-]+ +fingerprint" lines "${version}")
set(ids)
foreach(line IN LISTS lines)
  string(REGEX REPLACE "\n([a-z0-9-]+) .*" "\\1" id "${line}")
  list(APPEND ids "${id}")
endforeach()
if(NOT ids)
  message(FATAL_ERROR "${CLI} --version lists no catalog:\n${version}")
endif()
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
set(index)
foreach(id IN LISTS ids)
  cli_output(rules rules "${id}" --format json)
  cli_output(template template "${id}" --hints)
  file(WRITE "${DIR}/${id}.json" "{\"rules\": ${rules}, \"template\": ${template}}\n")
  list(APPEND index "\"${id}\"")
endforeach()
list(JOIN index ", " index)
file(WRITE "${DIR}/index.json" "[${index}]\n")
