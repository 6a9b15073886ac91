# libFuzzer target for the assessment reader, with a short ctest run on a seed
# corpus of the sample assessments and the bad-input corpus. Clang only; when
# its libFuzzer runtime does not link (Debian: libclang-rt-<version>-dev), the
# test is a stand-in that names it (teleworksec_missing_test).
# Included from tests/CMakeLists.txt; the test runs fuzz_run.cmake, which lays
# out a fresh corpus and runs the fuzzer.
#
# A long run, from the build directory:
#   mkdir -p fuzz-corpus && cp ../../examples/assessments/*.json ../../tests/data/bad/* fuzz-corpus/
#   tests/teleworksec_fuzz_assessment_reader fuzz-corpus -max_len=65536 -max_total_time=3600

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  return()
endif()

include(CheckCXXSourceCompiles)
include(CMakePushCheckState)
cmake_push_check_state(RESET)
set(CMAKE_REQUIRED_FLAGS "-fsanitize=fuzzer,address,undefined")
set(CMAKE_REQUIRED_LINK_OPTIONS "-fsanitize=fuzzer,address,undefined")
check_cxx_source_compiles(
  [=[
  #include <cstddef>
  #include <cstdint>
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }
  ]=]
  TELEWORKSEC_HAVE_LIBFUZZER)
cmake_pop_check_state()
if(NOT TELEWORKSEC_HAVE_LIBFUZZER)
  string(REGEX MATCH "^[0-9]+" teleworksec_clang_major "${CMAKE_CXX_COMPILER_VERSION}")
  set(TELEWORKSEC_LIBFUZZER_MISSING
      "clang's libFuzzer runtime (Debian: libclang-rt-${teleworksec_clang_major}-dev)")
  message(STATUS "teleworksec: no ${TELEWORKSEC_LIBFUZZER_MISSING}; no fuzz target")
  teleworksec_missing_test(fuzz.assessment_reader.smoke "${TELEWORKSEC_LIBFUZZER_MISSING}")
  return()
endif()

get_filename_component(teleworksec_fuzz_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(TELEWORKSEC_FUZZ_SECONDS 60 CACHE STRING "Length of the fuzz.assessment_reader.smoke test in seconds")

add_executable(teleworksec_fuzz_assessment_reader
               "${CMAKE_CURRENT_LIST_DIR}/fuzz_assessment_reader.cpp")
target_link_libraries(teleworksec_fuzz_assessment_reader PRIVATE teleworksec::json)
teleworksec_warnings(teleworksec_fuzz_assessment_reader)
target_compile_options(teleworksec_fuzz_assessment_reader
                       PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
                               -fno-omit-frame-pointer)
target_link_options(teleworksec_fuzz_assessment_reader PRIVATE -fsanitize=fuzzer,address,undefined)

add_test(
  NAME fuzz.assessment_reader.smoke
  COMMAND
    "${CMAKE_COMMAND}" -D FUZZER=$<TARGET_FILE:teleworksec_fuzz_assessment_reader>
    -D "SEEDS=${teleworksec_fuzz_root}/examples/assessments/*.json|${teleworksec_fuzz_root}/tests/data/bad/*"
    -D MAX_LEN=65536 -D "CORPUS=${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus"
    -D "ARTIFACTS=${CMAKE_CURRENT_BINARY_DIR}/fuzz-artifacts" -D SECONDS=${TELEWORKSEC_FUZZ_SECONDS}
    -P "${CMAKE_CURRENT_LIST_DIR}/fuzz_run.cmake")
set_tests_properties(fuzz.assessment_reader.smoke PROPERTIES TIMEOUT 600 LABELS fuzz)
