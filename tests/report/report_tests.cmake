# The report formats of `rate` against hostile input and a real browser.
# Included from tests/CMakeLists.txt; the CLI target is defined later, in
# examples/, so it is named by a generator expression.
#   report.hostile       every free-text field hostile, every format checked (a few seconds)
#   report.html_print    headless Chromium renders and prints the HTML report
#                        [TELEWORKSEC_WEB_TESTS: ci-clang only]
#   report.sarif_multitool  Microsoft's SARIF validator, only where it is installed
#                        (-DTELEWORKSEC_SARIF_MULTITOOL=…/Sarif.Multitool); never a stand-in

if(NOT TELEWORKSEC_BUILD_EXAMPLES)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  teleworksec_missing_test(report.hostile "python3 (Debian: python3)")
  return()
endif()

add_test(NAME report.hostile
         COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/hostile_test.py"
                 $<TARGET_FILE:teleworksec_cli> "${PROJECT_SOURCE_DIR}")
set_tests_properties(report.hostile PROPERTIES TIMEOUT 120)

if(TELEWORKSEC_WEB_TESTS)
  find_program(TELEWORKSEC_CHROMIUM NAMES chromium chromium-browser)
  if(TELEWORKSEC_CHROMIUM)
    add_test(NAME report.html_print
             COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/html_print_test.py"
                     $<TARGET_FILE:teleworksec_cli> "${TELEWORKSEC_CHROMIUM}" "${PROJECT_SOURCE_DIR}"
                     "${CMAKE_CURRENT_BINARY_DIR}/html_print")
    set_tests_properties(report.html_print PROPERTIES LABELS browser TIMEOUT 300)
  else()
    teleworksec_missing_test(report.html_print "chromium (Debian: chromium)")
  endif()
endif()

# Not a CI dependency: it is a .NET program from npm (@microsoft/sarif-multitool).
set(TELEWORKSEC_SARIF_MULTITOOL "" CACHE FILEPATH
    "Microsoft's Sarif.Multitool, to validate rate --format sarif (optional)")
if(TELEWORKSEC_SARIF_MULTITOOL)
  add_test(NAME report.sarif_multitool
           COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/sarif_multitool_test.py"
                   $<TARGET_FILE:teleworksec_cli> "${TELEWORKSEC_SARIF_MULTITOOL}"
                   "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_BINARY_DIR}/sarif_multitool")
  set_tests_properties(report.sarif_multitool PROPERTIES TIMEOUT 600)
endif()
