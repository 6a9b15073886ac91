# The nmap importer (teleworksec::nmap, <teleworksec/io/nmap.hpp>): its unit
# tests join the Catch2 binaries (tests/runtime/nmap_test.cpp, reading the
# recorded scans in tests/data/nmap/), the bad-input corpus is run through the
# CLI, the loopback integration test scans real services with the real nmap,
# and a libFuzzer target reads XML (clang only). Everything here needs pugixml
# (Debian: libpugixml-dev) and is skipped without it. Included from
# tests/CMakeLists.txt.

if(NOT TARGET teleworksec::nmap)
  return()
endif()

foreach(teleworksec_nmap_target IN ITEMS teleworksec_tests teleworksec_tests_runtime_static)
  target_link_libraries(${teleworksec_nmap_target} PRIVATE teleworksec::nmap)
  target_compile_definitions(${teleworksec_nmap_target} PRIVATE TELEWORKSEC_HAVE_PUGIXML)
endforeach()

if(TELEWORKSEC_BUILD_EXAMPLES)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    # Every file of tests/data/nmap/bad/: exit 2 and the message of EXPECTED.tsv.
    add_test(NAME nmap.cli_bad_input
             COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/bad_input.py"
                     $<TARGET_FILE:teleworksec_cli> "${CMAKE_CURRENT_LIST_DIR}/../data/nmap/bad")
    set_tests_properties(nmap.cli_bad_input PROPERTIES TIMEOUT 120 LABELS nmap)

    # The import command end to end on scans the test writes: large scans stay
    # readable, identity, --remove, conflicts, failed scripts.
    add_test(NAME nmap.cli_import
             COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/import_cli_test.py"
                     $<TARGET_FILE:teleworksec_cli> "${CMAKE_CURRENT_BINARY_DIR}/nmap-import")
    set_tests_properties(nmap.cli_import PROPERTIES TIMEOUT 300 LABELS nmap)

    # Fifteen real services on 127.0.0.1, the real nmap, each set (weak,
    # hardened) in a network namespace of its own, so every TCP port can be
    # scanned. Needs root (namespaces, sshd, snmpd, pure-ftpd, nmap -sS);
    # about two and a half minutes, mostly nmap -sV. RUN_SERIAL keeps it off
    # the two cores the other tests use. Skipped (77) without one of its
    # programs, root or namespaces, naming what is missing; with CI=true that
    # is a failure.
    add_test(NAME nmap.loopback
             COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/loopback_test.py"
                     $<TARGET_FILE:teleworksec_cli> "${CMAKE_CURRENT_BINARY_DIR}/nmap-loopback")
    set_tests_properties(nmap.loopback PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77 RUN_SERIAL ON
                                                  LABELS "nmap;integration")
    # The same expectations against the scans it recorded in tests/data/nmap/
    # (loopback-*-v2.xml, loopback-hardened-untested.xml): no service, no root.
    add_test(NAME nmap.loopback_recorded
             COMMAND Python3::Interpreter "${CMAKE_CURRENT_LIST_DIR}/loopback_test.py"
                     $<TARGET_FILE:teleworksec_cli> "${CMAKE_CURRENT_BINARY_DIR}/nmap-loopback-recorded"
                     --replay "${CMAKE_CURRENT_LIST_DIR}/../data/nmap")
    set_tests_properties(nmap.loopback_recorded PROPERTIES TIMEOUT 120 LABELS nmap)
  endif()
endif()

# libFuzzer over read_scan(), seeded with the recorded scans and the bad corpus
# (clang only; without its libFuzzer runtime, a stand-in as in fuzz/fuzz.cmake).
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND NOT TELEWORKSEC_HAVE_LIBFUZZER)
  teleworksec_missing_test(fuzz.nmap_reader.smoke "${TELEWORKSEC_LIBFUZZER_MISSING}")
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  add_executable(teleworksec_fuzz_nmap_reader "${CMAKE_CURRENT_LIST_DIR}/fuzz_nmap_reader.cpp")
  target_link_libraries(teleworksec_fuzz_nmap_reader PRIVATE teleworksec::nmap)
  teleworksec_warnings(teleworksec_fuzz_nmap_reader)
  target_compile_options(teleworksec_fuzz_nmap_reader
                         PRIVATE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
                                 -fno-omit-frame-pointer)
  target_link_options(teleworksec_fuzz_nmap_reader PRIVATE -fsanitize=fuzzer,address,undefined)
  set(TELEWORKSEC_NMAP_FUZZ_SECONDS 60 CACHE STRING "Length of the fuzz.nmap_reader.smoke test in seconds")
  add_test(
    NAME fuzz.nmap_reader.smoke
    COMMAND
      "${CMAKE_COMMAND}" -D FUZZER=$<TARGET_FILE:teleworksec_fuzz_nmap_reader>
      -D "SEEDS=${CMAKE_CURRENT_LIST_DIR}/../data/nmap/*.xml|${CMAKE_CURRENT_LIST_DIR}/../data/nmap/bad/*.xml"
      -D MAX_LEN=262144 -D "CORPUS=${CMAKE_CURRENT_BINARY_DIR}/nmap-fuzz-corpus"
      -D "ARTIFACTS=${CMAKE_CURRENT_BINARY_DIR}/nmap-fuzz-artifacts"
      -D SECONDS=${TELEWORKSEC_NMAP_FUZZ_SECONDS} -P "${CMAKE_CURRENT_LIST_DIR}/../fuzz/fuzz_run.cmake")
  set_tests_properties(fuzz.nmap_reader.smoke PROPERTIES TIMEOUT 600 LABELS "fuzz;nmap")
endif()
