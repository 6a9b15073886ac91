# ctest tests of the C API and its Python binding (issue 5, SPEC §6):
#   capi.c_test, capi.c_test_static  the test in C, against each library
#   capi.rate_file                   the C example prints `teleworksec rate --format json`
#                                    for every sample, and exits 2 on a bad file
#   capi.python_equal                ctypes = CLI on the samples, the bad-input corpus
#                                    and 200 seeded random assessments
# Included from tests/CMakeLists.txt, before examples/ defines the programs, so
# they are named by generator expressions. Registers nothing when the
# examples are off, there is no C API library (teleworksec::c_api) or no C
# compiler (examples/c_api is then skipped too).

if(TELEWORKSEC_BUILD_EXAMPLES AND TARGET teleworksec::c_api AND EXISTS "${PROJECT_SOURCE_DIR}/examples/c_api/CMakeLists.txt"
   AND EXISTS "${PROJECT_SOURCE_DIR}/examples/cli/CMakeLists.txt")
  include(CheckLanguage)
  check_language(C)
endif()

if(TELEWORKSEC_BUILD_EXAMPLES AND TARGET teleworksec::c_api AND CMAKE_C_COMPILER
   AND EXISTS "${PROJECT_SOURCE_DIR}/examples/c_api/CMakeLists.txt"
   AND EXISTS "${PROJECT_SOURCE_DIR}/examples/cli/CMakeLists.txt")
  file(GLOB teleworksec_capi_samples CONFIGURE_DEPENDS
       "${PROJECT_SOURCE_DIR}/examples/assessments/*.json")
  set(teleworksec_capi_bad "${PROJECT_SOURCE_DIR}/tests/data/bad/bad-policy.json")

  foreach(teleworksec_capi_test IN ITEMS test_c_api test_c_api_static)
    string(REPLACE "test_c_api" "capi.c_test" teleworksec_capi_name "${teleworksec_capi_test}")
    add_test(NAME ${teleworksec_capi_name}
             COMMAND ${teleworksec_capi_test} "${teleworksec_capi_bad}" ${teleworksec_capi_samples})
  endforeach()

  # rate_file prints the CLI's bytes for every sample and exits 2 on a bad file.
  add_test(NAME capi.rate_file
           COMMAND ${CMAKE_COMMAND} -DRATE_FILE=$<TARGET_FILE:rate_file>
                   -DCLI=$<TARGET_FILE:teleworksec_cli>
                   "-DSAMPLES_DIR=${PROJECT_SOURCE_DIR}/examples/assessments"
                   "-DBAD=${teleworksec_capi_bad}" "-DOUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/capi"
                   -P "${PROJECT_SOURCE_DIR}/examples/c_api/compare_rate_file.cmake")

  find_package(Python3 COMPONENTS Interpreter)
  if(NOT Python3_Interpreter_FOUND)
    message(WARNING "teleworksec: no Python 3 found; capi.python_equal is not registered")
  else()
    add_test(NAME capi.python_equal
             COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/examples/python/test_equal.py"
                     $<TARGET_FILE:teleworksec::c_api> $<TARGET_FILE:teleworksec_cli>)
    set_tests_properties(capi.python_equal PROPERTIES TIMEOUT 300)
    if(TELEWORKSEC_SANITIZE)
      # The library is instrumented but python3 is not: load the sanitizer
      # runtime first, and ignore the interpreter's own leaks.
      execute_process(
        COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
        OUTPUT_VARIABLE teleworksec_asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(NOT IS_ABSOLUTE "${teleworksec_asan_runtime}" OR NOT EXISTS "${teleworksec_asan_runtime}")
        execute_process(
          COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
          OUTPUT_VARIABLE teleworksec_asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
      endif()
      # GCC's runtime intercepts __cxa_throw, so libstdc++ must be loaded with it.
      execute_process(
        COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++.so
        OUTPUT_VARIABLE teleworksec_cxx_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(IS_ABSOLUTE "${teleworksec_asan_runtime}" AND EXISTS "${teleworksec_asan_runtime}")
        set(teleworksec_preload "${teleworksec_asan_runtime}")
        if(IS_ABSOLUTE "${teleworksec_cxx_runtime}" AND EXISTS "${teleworksec_cxx_runtime}")
          string(APPEND teleworksec_preload ":${teleworksec_cxx_runtime}")
        endif()
        set_tests_properties(capi.python_equal PROPERTIES ENVIRONMENT
          "LD_PRELOAD=${teleworksec_preload};ASAN_OPTIONS=detect_leaks=0")
      else()
        set_tests_properties(capi.python_equal PROPERTIES DISABLED ON)
      endif()
    endif()
  endif()
endif()
