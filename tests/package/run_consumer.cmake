# Drives one package test in a single ctest step: cmake -P run_consumer.cmake
# with -D variables:
#   MODE          install | find_package | find_package_core | add_subdirectory |
#                 fetchcontent | pkg_config
#   WITH          optional targets the consumer uses besides the core, e.g.
#                 "json|nmap|c_api" (not with find_package_core and pkg_config)
#   SANITIZERS    ON when the library was built with ASan and UBSan
#   BUILD_DIR     scratch directory of this test (emptied first)
#   PREFIX        install prefix (install, find_package, pkg-config)
#   MAIN_BUILD    the teleworksec build tree (install)
#   CONFIG        build configuration, may be empty
#   CONSUMER_DIR  tests/package/consumer
#   SOURCE_DIR    the teleworksec source tree (add_subdirectory, fetchcontent)
#   PKG_CONFIG    the pkg-config program; PKG_CONFIG_DIR where teleworksec.pc is
#   GENERATOR, MAKE_PROGRAM, CXX_COMPILER, CTEST_COMMAND
cmake_minimum_required(VERSION 3.25)

function(run)
  string(JOIN " " shown ${ARGN})
  message(STATUS "+ ${shown}")
  execute_process(COMMAND ${ARGN} COMMAND_ERROR_IS_FATAL ANY)
endfunction()

if(MODE STREQUAL "install")
  # A fresh prefix, so a header removed from the tree is not found there.
  file(REMOVE_RECURSE "${PREFIX}")
  set(config_args)
  if(CONFIG)
    set(config_args --config "${CONFIG}")
  endif()
  run("${CMAKE_COMMAND}" --install "${MAIN_BUILD}" --prefix "${PREFIX}" ${config_args})
  return()
endif()

file(REMOVE_RECURSE "${BUILD_DIR}")
file(MAKE_DIRECTORY "${BUILD_DIR}")

if(MODE STREQUAL "pkg_config")
  set(ENV{PKG_CONFIG_PATH} "${PKG_CONFIG_DIR}")
  run("${PKG_CONFIG}" --validate teleworksec)
  execute_process(
    COMMAND "${PKG_CONFIG}" --cflags teleworksec
    OUTPUT_VARIABLE cflags
    OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  message(STATUS "pkg-config --cflags teleworksec: ${cflags}")
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  run("${CXX_COMPILER}" -std=c++20 ${cflags} "${CONSUMER_DIR}/main.cpp" -o
      "${BUILD_DIR}/consumer")
  run("${BUILD_DIR}/consumer")
  return()
endif()

set(consumer_args)
string(REPLACE "|" ";" with "${WITH}")
foreach(component IN LISTS with)
  string(TOUPPER "${component}" component)
  list(APPEND consumer_args "-DTELEWORKSEC_WITH_${component}=ON")
endforeach()
if(SANITIZERS)
  list(APPEND consumer_args -DTELEWORKSEC_WITH_SANITIZERS=ON)
endif()
set(consume "${MODE}")
if(MODE STREQUAL "find_package_core")
  # The plain find_package(teleworksec) of the core must not need the
  # optional layer's dependencies: they are hidden from the consumer.
  set(consume find_package)
  list(APPEND consumer_args -DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON
       -DCMAKE_DISABLE_FIND_PACKAGE_pugixml=ON)
endif()

set(build_type_arg)
if(CONFIG)
  set(build_type_arg "-DCMAKE_BUILD_TYPE=${CONFIG}")
endif()
set(make_program_arg)
if(MAKE_PROGRAM)
  set(make_program_arg "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
endif()
run("${CMAKE_COMMAND}"
    -S "${CONSUMER_DIR}"
    -B "${BUILD_DIR}"
    -G "${GENERATOR}"
    ${make_program_arg}
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
    ${build_type_arg}
    "-DCMAKE_PREFIX_PATH=${PREFIX}"
    "-DTELEWORKSEC_CONSUME=${consume}"
    "-DTELEWORKSEC_SOURCE_DIR=${SOURCE_DIR}"
    ${consumer_args})
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
run("${CMAKE_COMMAND}" --build "${BUILD_DIR}" ${config_args})
if(CONFIG)
  set(config_args -C "${CONFIG}")
endif()
run("${CTEST_COMMAND}" --test-dir "${BUILD_DIR}" --output-on-failure --no-tests=error
    ${config_args})
