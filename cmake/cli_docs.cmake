# Writes the teleworksec command's man page and bash completion from what the
# built program says of itself (--help, COMMAND --help, --version), so both
# follow every new command, option and catalog without a list to keep.
#   cmake -DCLI=… -DOUT_DIR=… -DVERSION=… [-DHELP2MAN=…] -P cli_docs.cmake
#   OUT_DIR/teleworksec.1             with HELP2MAN: the man page, a SUBCOMMANDS
#                                     section holding each COMMAND --help
#   OUT_DIR/teleworksec.bash-completion  commands, options per command, their
#                                     listed values (text|json…), catalog names
cmake_minimum_required(VERSION 3.25)

function(cli_output out_var)
  execute_process(COMMAND "${CLI}" ${ARGN} OUTPUT_VARIABLE out COMMAND_ERROR_IS_FATAL ANY)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# The lines of TEXT after the line HEADING, up to the next empty line.
function(section_lines text heading out_var)
  string(REPLACE ";" "\\;" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(in_section OFF)
  set(result)
  foreach(line IN LISTS lines)
    if(in_section AND line STREQUAL "")
      break()
    elseif(in_section)
      list(APPEND result "${line}")
    elseif(line STREQUAL "${heading}")
      set(in_section ON)
    endif()
  endforeach()
  set(${out_var} "${result}" PARENT_SCOPE)
endfunction()

cli_output(help --help)
cli_output(version --version)

set(commands)
section_lines("${help}" "Commands:" command_lines)
foreach(line IN LISTS command_lines)
  if(line MATCHES "^  ([a-z][a-z-]*) ")
    list(APPEND commands "${CMAKE_MATCH_1}")
  endif()
endforeach()
string(REGEX MATCHALL "\n[a-z0-9][a-z0-9.-]* +fingerprint " catalog_lines "${version}")
set(catalogs)
foreach(line IN LISTS catalog_lines)
  string(REGEX REPLACE "^\n([^ ]+) .*" "\\1" catalog "${line}")
  list(APPEND catalogs "${catalog}")
endforeach()
if(NOT commands OR NOT catalogs)
  message(FATAL_ERROR "${CLI}: no commands or no catalogs in --help and --version")
endif()
list(JOIN catalogs " " catalogs)

# Per command: its options, the words of each option value listed as a|b|c,
# and what its first argument is (from the usage line): a catalog, a fixed
# word (import's nmap) or a file.
set(command_cases)
set(value_cases)
set(man_include "[SUBCOMMANDS]\n")
foreach(command IN LISTS commands)
  cli_output(command_help ${command} --help)
  set(options)
  section_lines("${command_help}" "Options:" option_lines)
  foreach(line IN LISTS option_lines)
    if(NOT line MATCHES "^  (--[a-z][a-z-]*)( ([^ ]+))?")
      continue()
    endif()
    set(option "${CMAKE_MATCH_1}")
    set(value "${CMAKE_MATCH_3}")
    list(APPEND options "${option}")
    if(value MATCHES "\\|")
      string(REPLACE "|" " " words "${value}")
      string(APPEND value_cases "    \"${command} ${option}\") words=\"${words}\" ;;\n")
    elseif(value MATCHES "FILE|\\.json$")
      string(APPEND value_cases "    \"${command} ${option}\") words=@files ;;\n")
    elseif(NOT value STREQUAL "")
      string(APPEND value_cases "    \"${command} ${option}\") words= ;;\n")
    endif()
  endforeach()
  string(REGEX MATCH "^Usage: teleworksec ${command} ([^ \n]+)" usage "${command_help}")
  set(first "${CMAKE_MATCH_1}")
  if(first STREQUAL "CATALOG")
    set(argument "${catalogs}")
  elseif(first MATCHES "^[a-z]+$")
    set(argument "${first}")
  else()
    set(argument "@files")
  endif()
  list(JOIN options " " options)
  string(APPEND command_cases "    ${command}) options=\"${options}\" first=\"${argument}\" ;;\n")

  # roff: a backslash is \e, a line starting with . or ' must not be a request.
  string(REPLACE "\\" "\\e" roff "${command_help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" roff "${roff}")
  string(APPEND man_include ".SS ${command}\n.nf\n${roff}.fi\n")
endforeach()

list(JOIN commands " " TWS_COMMANDS)
set(TWS_COMMAND_CASES "${command_cases}")
set(TWS_VALUE_CASES "${value_cases}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/teleworksec-completion.bash.in"
               "${OUT_DIR}/teleworksec.bash-completion" @ONLY)

if(HELP2MAN)
  file(WRITE "${OUT_DIR}/subcommands.h2m" "${man_include}")
  # The locale lets help2man keep the Japanese of --help; the version is the
  # project's, because the rest of --version (the catalogs' fingerprints) is
  # not for a man page's header.
  execute_process(
    COMMAND "${HELP2MAN}" --no-info --locale=C.UTF-8 --section=1
            "--name=rate telework and shared-office security by the Japanese guidelines"
            "--version-string=${VERSION}" "--include=${OUT_DIR}/subcommands.h2m"
            "--output=${OUT_DIR}/teleworksec.1" "${CLI}"
    COMMAND_ERROR_IS_FATAL ANY)
endif()
