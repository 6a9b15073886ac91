# The JSON Schemas of examples/schemas/ checked against what json.hpp reads and
# writes (tests/schema/validate.py): the sample assessments, the bad-input
# corpus, random mutations judged by both the reader and the schema, the
# result of every sample, and the generic per-kind parts of the schemas (a
# catalog other than the shipped five); schema.custom_catalog checks the
# invented catalog of examples/custom_catalog/ through its own command.
# Included from tests/CMakeLists.txt.

get_filename_component(teleworksec_schema_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

# Prints result_to_json of the files it is given: the result side of the check.
add_executable(teleworksec_dump_results "${CMAKE_CURRENT_LIST_DIR}/dump_results.cpp")
target_link_libraries(teleworksec_dump_results PRIVATE teleworksec::json)
teleworksec_warnings(teleworksec_dump_results)

# The CLI's JSON output is checked too, once its target exists (it is defined
# in examples/, after this file is read, hence the generator expression).
set(TELEWORKSEC_CLI_TARGET "teleworksec_cli"
    CACHE STRING "Target of the teleworksec command-line tool, for the schema tests")

find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "teleworksec: no Python 3 found; the JSON Schema tests are not registered")
  return()
endif()
execute_process(
  COMMAND "${Python3_EXECUTABLE}" -c "import jsonschema"
  RESULT_VARIABLE teleworksec_jsonschema_missing
  OUTPUT_QUIET ERROR_QUIET)
if(teleworksec_jsonschema_missing)
  # Registered anyway: the test is skipped, saying what to install, or fails
  # with CI=true (validate.py).
  message(WARNING "teleworksec: ${Python3_EXECUTABLE} has no jsonschema module "
                  "(Debian: python3-jsonschema); schema.validate will be skipped")
endif()

add_test(
  NAME schema.validate
  COMMAND
    Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/validate.py" --root "${teleworksec_schema_root}"
    --dump-results $<TARGET_FILE:teleworksec_dump_results>
    "$<$<TARGET_EXISTS:${TELEWORKSEC_CLI_TARGET}>:--cli;$<TARGET_FILE:${TELEWORKSEC_CLI_TARGET}>>"
  COMMAND_EXPAND_LISTS)
set_tests_properties(schema.validate PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)

# The invented catalog of examples/custom_catalog/ (example-home-office): its
# sample and the result of its own command home_office are valid, and every
# mutant of the sample that home_office accepts is valid too. home_office is
# defined in examples/, after this file is read, hence the generator
# expression; without it (examples or nlohmann_json off) the test is skipped.
add_test(
  NAME schema.custom_catalog
  COMMAND
    Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/validate.py" --root "${teleworksec_schema_root}"
    --custom-only
    "$<$<TARGET_EXISTS:home_office>:--custom-cli;$<TARGET_FILE:home_office>>"
  COMMAND_EXPAND_LISTS)
set_tests_properties(schema.custom_catalog PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)

# Every SARIF log `rate --format sarif` writes for the bundled files is valid
# against the SARIF 2.1.0 schema vendored in tests/schema/vendor/sarif/.
add_test(
  NAME schema.sarif
  COMMAND
    Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/validate.py" --root "${teleworksec_schema_root}"
    --sarif-only
    "$<$<TARGET_EXISTS:${TELEWORKSEC_CLI_TARGET}>:--sarif-cli;$<TARGET_FILE:${TELEWORKSEC_CLI_TARGET}>>"
  COMMAND_EXPAND_LISTS)
set_tests_properties(schema.sarif PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)

# OSCAL (tests/schema/oscal_validate.py): the exported catalogs and the
# assessment results of every sample against the official OSCAL 1.1.2
# schemas vendored in tests/schema/vendor/oscal/, and their consistency
# (finding targets, UUIDs, escaping, same bytes twice). Needs the CLI.
add_executable(teleworksec_dump_oscal "${CMAKE_CURRENT_LIST_DIR}/dump_oscal.cpp")
target_link_libraries(teleworksec_dump_oscal PRIVATE teleworksec::json)
teleworksec_warnings(teleworksec_dump_oscal)
add_test(
  NAME schema.oscal
  COMMAND
    Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/oscal_validate.py" --root "${teleworksec_schema_root}"
    "$<$<TARGET_EXISTS:${TELEWORKSEC_CLI_TARGET}>:--cli;$<TARGET_FILE:${TELEWORKSEC_CLI_TARGET}>>"
  COMMAND_EXPAND_LISTS)
set_tests_properties(schema.oscal PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)

# 1,000 random assessments per catalog through the same checks: minutes of
# jsonschema on two processes, so one CI workflow (ci-gcc) runs it.
option(TELEWORKSEC_EXPORT_HEAVY_TESTS
       "Validate the OSCAL results of 5,000 random assessments (minutes)" OFF)
if(TELEWORKSEC_EXPORT_HEAVY_TESTS)
  add_test(
    NAME schema.oscal_random
    COMMAND
      Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/oscal_validate.py" --root "${teleworksec_schema_root}"
      "$<$<TARGET_EXISTS:${TELEWORKSEC_CLI_TARGET}>:--cli;$<TARGET_FILE:${TELEWORKSEC_CLI_TARGET}>>"
      --dump-oscal $<TARGET_FILE:teleworksec_dump_oscal> --random 1000 --jobs 2
    COMMAND_EXPAND_LISTS)
  set_tests_properties(schema.oscal_random PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77 PROCESSORS 2)
endif()
