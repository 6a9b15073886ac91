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
    "-DGENERATOR=${CMAKE_GENERATOR}"
    "-DMAKE_PROGRAM=${CMAKE_MAKE_PROGRAM}"
    "-DCXX_COMPILER=${CMAKE_CXX_COMPILER}"
    "-DCTEST_COMMAND=${CMAKE_CTEST_COMMAND}")

if(TELEWORKSEC_INSTALL)
  add_test(NAME package.install
           COMMAND "${CMAKE_COMMAND}" -DMODE=install "-DMAIN_BUILD=${PROJECT_BINARY_DIR}"
                   "-DPREFIX=${_pkg_prefix}" ${_pkg_common} -P "${_pkg_dir}/run_consumer.cmake")
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
                     "-DPREFIX=${_pkg_prefix}" ${_pkg_common}
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

# The Debian package and the Python wheel (TELEWORKSEC_PACKAGE_TESTS; the
# ci-gcc preset only): package.deb builds and checks the .deb in a scratch
# root, package.deb_find_package builds the consumer against that root, and
# package.wheel (registered with the wheel's target, in cmake/packaging.cmake)
# installs the wheel into a fresh virtual environment. A missing tool gives a
# stand-in test that names it (tests/CMakeLists.txt).
if(TELEWORKSEC_PACKAGE_TESTS AND TELEWORKSEC_INSTALL)
  set(_pkg_deb_root "${_pkg_work}/deb-root")
  find_program(TELEWORKSEC_DPKG_DEB dpkg-deb)
  find_program(TELEWORKSEC_DPKG_SHLIBDEPS dpkg-shlibdeps)
  find_program(TELEWORKSEC_MAN man)
  find_program(TELEWORKSEC_BASH bash)
  find_program(TELEWORKSEC_LINTIAN lintian)
  find_program(TELEWORKSEC_HELP2MAN help2man)
  set(_pkg_deb_missing)
  foreach(_tool IN ITEMS "DPKG_DEB;dpkg-deb (Debian: dpkg)" "DPKG_SHLIBDEPS;dpkg-shlibdeps (Debian: dpkg-dev)"
                         "MAN;man (Debian: man-db)" "BASH;bash" "HELP2MAN;help2man (Debian: help2man)"
                         "PKG_CONFIG;pkg-config (Debian: pkg-config)")
    list(GET _tool 0 _var)
    if(NOT TELEWORKSEC_${_var})
      list(GET _tool 1 _name)
      list(APPEND _pkg_deb_missing "${_name}")
    endif()
  endforeach()
  # The command is defined later, in examples/: named by generator expressions.
  if(NOT TELEWORKSEC_BUILD_EXAMPLES OR NOT TARGET teleworksec_c_api)
    list(APPEND _pkg_deb_missing
         "the teleworksec command and C API (TELEWORKSEC_BUILD_EXAMPLES, nlohmann/json)")
  endif()
  if(_pkg_deb_missing)
    list(JOIN _pkg_deb_missing ", " _pkg_deb_missing)
    teleworksec_missing_test(package.deb "${_pkg_deb_missing}")
  else()
    add_test(NAME package.deb
             COMMAND "${CMAKE_COMMAND}" "-DCPACK=${CMAKE_CPACK_COMMAND}"
                     "-DCPACK_CONFIG=${PROJECT_BINARY_DIR}/CPackConfig.cmake" "-DCONFIG=$<CONFIG>"
                     "-DWORK=${_pkg_work}/deb" "-DROOT=${_pkg_deb_root}" "-DVERSION=${PROJECT_VERSION}"
                     "-DBUILD_CLI=$<TARGET_FILE:teleworksec_cli>"
                     "-DSAMPLE=${PROJECT_SOURCE_DIR}/examples/assessments/four-stars.json"
                     "-DDPKG_DEB=${TELEWORKSEC_DPKG_DEB}" "-DMAN=${TELEWORKSEC_MAN}"
                     "-DBASH=${TELEWORKSEC_BASH}" "-DPKG_CONFIG=${TELEWORKSEC_PKG_CONFIG}"
                     "-DLINTIAN=${TELEWORKSEC_LINTIAN}" -P "${_pkg_dir}/deb_test.cmake")
    set_tests_properties(package.deb PROPERTIES FIXTURES_SETUP teleworksec_deb LABELS package)
    # The core and the C API, whose shared library the package's shlibs and
    # ldconfig are about; json and nmap are the same installed files that
    # package.find_package builds with, and would double the time.
    add_test(NAME package.deb_find_package
             COMMAND "${CMAKE_COMMAND}" -DMODE=find_package "-DBUILD_DIR=${_pkg_work}/deb_find_package"
                     -DWITH=c_api "-DPREFIX=${_pkg_deb_root}/usr" ${_pkg_common}
                     -P "${_pkg_dir}/run_consumer.cmake")
    set_tests_properties(package.deb_find_package PROPERTIES FIXTURES_REQUIRED teleworksec_deb
                                                             LABELS package)
  endif()
endif()
