# End-to-end tests of the teleworksec CLI (examples/cli), one ctest test per case
# of cli_test.py. Included from tests/CMakeLists.txt; the CLI target is defined
# later, in examples/, so it is named by a generator expression. A second CLI,
# built here over a list of two catalogs, tests the template entry point.

if(TELEWORKSEC_BUILD_EXAMPLES)
  find_package(Python3 COMPONENTS Interpreter)
  if(NOT Python3_Interpreter_FOUND)
    message(WARNING "teleworksec: no Python 3 found; the CLI tests are not registered")
  else()
    add_executable(teleworksec_cli_two_catalogs "${CMAKE_CURRENT_LIST_DIR}/two_catalogs.cpp")
    target_include_directories(teleworksec_cli_two_catalogs
      PRIVATE "${PROJECT_SOURCE_DIR}/examples/cli")
    target_link_libraries(teleworksec_cli_two_catalogs
      PRIVATE teleworksec::json)
    teleworksec_warnings(teleworksec_cli_two_catalogs)

    set(teleworksec_cli_driver "${CMAKE_CURRENT_LIST_DIR}/cli_test.py")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${teleworksec_cli_driver}")
    foreach(teleworksec_cli_list IN ITEMS --list --list-two)
      execute_process(
        COMMAND "${Python3_EXECUTABLE}" "${teleworksec_cli_driver}" ${teleworksec_cli_list}
        OUTPUT_VARIABLE teleworksec_cli_cases
        OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
      string(REPLACE "\n" ";" teleworksec_cli_cases "${teleworksec_cli_cases}")
      if(teleworksec_cli_list STREQUAL "--list")
        set(teleworksec_cli_binary $<TARGET_FILE:teleworksec_cli>)
      else()
        set(teleworksec_cli_binary $<TARGET_FILE:teleworksec_cli_two_catalogs>)
      endif()
      foreach(teleworksec_cli_case IN LISTS teleworksec_cli_cases)
        add_test(NAME cli.${teleworksec_cli_case}
                 COMMAND Python3::Interpreter "${teleworksec_cli_driver}"
                         ${teleworksec_cli_binary} ${teleworksec_cli_case})
        set_tests_properties(cli.${teleworksec_cli_case} PROPERTIES TIMEOUT 300)
      endforeach()
    endforeach()
  endif()
endif()
