# End-to-end tests of the teleworksec CLI (examples/cli), one ctest test per case
# of cli_test.py. Included from tests/CMakeLists.txt; the CLI target is defined
# later, in examples/, so it is named by a generator expression.

if(TELEWORKSEC_BUILD_EXAMPLES)
  find_package(Python3 COMPONENTS Interpreter)
  if(NOT Python3_Interpreter_FOUND)
    message(WARNING "teleworksec: no Python 3 found; the CLI tests are not registered")
  else()
    set(teleworksec_cli_driver "${CMAKE_CURRENT_LIST_DIR}/cli_test.py")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${teleworksec_cli_driver}")
    execute_process(
      COMMAND "${Python3_EXECUTABLE}" "${teleworksec_cli_driver}" --list
      OUTPUT_VARIABLE teleworksec_cli_cases
      OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    string(REPLACE "\n" ";" teleworksec_cli_cases "${teleworksec_cli_cases}")
    foreach(teleworksec_cli_case IN LISTS teleworksec_cli_cases)
      add_test(NAME cli.${teleworksec_cli_case}
               COMMAND Python3::Interpreter "${teleworksec_cli_driver}"
                       $<TARGET_FILE:teleworksec_cli> ${teleworksec_cli_case})
      set_tests_properties(cli.${teleworksec_cli_case} PROPERTIES TIMEOUT 300)
    endforeach()
  endif()
endif()
