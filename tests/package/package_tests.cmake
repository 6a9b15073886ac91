# Package tests: install the library, then build a consumer against the
# installed package (find_package, pkg-config) and against the source tree
# (add_subdirectory, FetchContent). Each test is one cmake -P run of
# run_consumer.cmake, which configures, builds and runs the consumer. In
# package.find_package and package.add_subdirectory, the consumer uses the core
# and every optional target this build has (teleworksec::json, ::nmap,
# ::c_api); the others use the core: package.find_package_core is a plain
# find_package(teleworksec) with nlohmann/json and pugixml hidden, and
# package.fetchcontent, add_subdirectory underneath, spares a second build of
# the slow optional parts.

set(_pkg_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_pkg_work "${PROJECT_BINARY_DIR}/package-tests")
set(_pkg_prefix "${PROJECT_BINARY_DIR}/package-prefix")
list(JOIN teleworksec_components "|" _pkg_with)
set(_pkg_common
    "-DCONFIG=$<CONFIG>"
    "-DSANITIZERS=${TELEWORKSEC_SANITIZE}"
    "-DCONSUMER_DIR=${_pkg_dir}/consumer"
    "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "-DPREFIX=${_pkg_prefix}"
    "-DGENERATOR=${CMAKE_GENERATOR}"
    "-DMAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
    "-DCXX_COMPILER=${CMAKE_CXX_COMPILER}"
    "-DCTEST_COMMAND=${CMAKE_CTEST_COMMAND}")

if(TELEWORKSEC_INSTALL)
  add_test(NAME package.install
           COMMAND "${CMAKE_COMMAND}" -DMODE=install "-DMAIN_BUILD=${PROJECT_BINARY_DIR}"
                   ${_pkg_common} -P "${_pkg_dir}/run_consumer.cmake")
  set_tests_properties(package.install PROPERTIES FIXTURES_SETUP teleworksec_installed
                                                  LABELS package)

  set(_pkg_installed_modes find_package find_package_core)
  find_program(TELEWORKSEC_PKG_CONFIG NAMES pkg-config pkgconf)
  if(TELEWORKSEC_PKG_CONFIG)
    list(APPEND _pkg_installed_modes pkg_config)
    set(_pkg_pc_dir "${CMAKE_INSTALL_DATADIR}/pkgconfig")
    if(NOT IS_ABSOLUTE "${_pkg_pc_dir}")
      set(_pkg_pc_dir "${_pkg_prefix}/${_pkg_pc_dir}")
    endif()
  else()
    message(STATUS "pkg-config not found: package.pkg_config is not run")
  endif()

  foreach(_mode IN LISTS _pkg_installed_modes)
    set(_pkg_mode_with)
    if(_mode STREQUAL "find_package")
      set(_pkg_mode_with "${_pkg_with}")
    endif()
    add_test(NAME package.${_mode}
             COMMAND "${CMAKE_COMMAND}" -DMODE=${_mode} "-DBUILD_DIR=${_pkg_work}/${_mode}"
                     "-DWITH=${_pkg_mode_with}"
                     "-DPKG_CONFIG=${TELEWORKSEC_PKG_CONFIG}" "-DPKG_CONFIG_DIR=${_pkg_pc_dir}"
                     ${_pkg_common}
                     -P "${_pkg_dir}/run_consumer.cmake")
    set_tests_properties(package.${_mode} PROPERTIES FIXTURES_REQUIRED teleworksec_installed
                                                     LABELS package)
  endforeach()
endif()

foreach(_mode add_subdirectory fetchcontent)
  set(_pkg_mode_with)
  if(_mode STREQUAL "add_subdirectory")
    set(_pkg_mode_with "${_pkg_with}")
  endif()
  add_test(NAME package.${_mode}
           COMMAND "${CMAKE_COMMAND}" -DMODE=${_mode} "-DBUILD_DIR=${_pkg_work}/${_mode}"
                   "-DWITH=${_pkg_mode_with}" ${_pkg_common} -P "${_pkg_dir}/run_consumer.cmake")
  set_tests_properties(package.${_mode} PROPERTIES LABELS package)
endforeach()
