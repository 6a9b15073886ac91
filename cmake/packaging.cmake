# Packages for tool authors (included from CMakeLists.txt when installing):
#   - the teleworksec command, its man page and bash completion, installed
#     beside the library (TELEWORKSEC_INSTALL_CLI, on when the CLI is built);
#   - a Debian package of everything `cmake --install` installs:
#     cpack -G DEB (in the build directory);
#   - a Python wheel of the python/ package with the C API library inside:
#     cmake --build BUILD --target teleworksec_wheel (BUILD/dist/*.whl).

option(TELEWORKSEC_INSTALL_CLI "Install the teleworksec command, its man page and completion" ON)

if(TARGET teleworksec_cli AND TELEWORKSEC_INSTALL_CLI)
  install(TARGETS teleworksec_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

  # Both written from the built command's --help at build time (a cross build
  # cannot run it, and gets neither).
  if(NOT CMAKE_CROSSCOMPILING)
    find_program(TELEWORKSEC_HELP2MAN help2man)
    set(teleworksec_cli_docs "${PROJECT_BINARY_DIR}/cli-docs")
    set(teleworksec_cli_docs_outputs "${teleworksec_cli_docs}/teleworksec.bash-completion")
    if(TELEWORKSEC_HELP2MAN)
      list(APPEND teleworksec_cli_docs_outputs "${teleworksec_cli_docs}/teleworksec.1")
    else()
      message(STATUS "teleworksec: help2man not found (Debian: help2man); no man page")
    endif()
    add_custom_command(
      OUTPUT ${teleworksec_cli_docs_outputs}
      COMMAND "${CMAKE_COMMAND}" "-DCLI=$<TARGET_FILE:teleworksec_cli>"
              "-DOUT_DIR=${teleworksec_cli_docs}" "-DVERSION=${PROJECT_VERSION}"
              "-DHELP2MAN=${TELEWORKSEC_HELP2MAN}" -P "${PROJECT_SOURCE_DIR}/cmake/cli_docs.cmake"
      DEPENDS teleworksec_cli "${PROJECT_SOURCE_DIR}/cmake/cli_docs.cmake"
              "${PROJECT_SOURCE_DIR}/cmake/teleworksec-completion.bash.in"
      COMMENT "Writing the man page and bash completion of teleworksec"
      VERBATIM)
    add_custom_target(teleworksec_cli_docs ALL DEPENDS ${teleworksec_cli_docs_outputs})
    install(
      FILES "${teleworksec_cli_docs}/teleworksec.bash-completion"
      DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
      RENAME teleworksec)
    if(TELEWORKSEC_HELP2MAN)
      install(FILES "${teleworksec_cli_docs}/teleworksec.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    endif()
  endif()
endif()

# --- Debian package ---------------------------------------------------------
# One package, teleworksec_<version>_<arch>.deb, for a tool author's machine:
# headers, CMake package, .pc, the C API libraries, the command. Its
# dependencies are the shared libraries the binaries need (dpkg-shlibdeps);
# the optional layer's header-only dependencies are suggested.
set(CPACK_PACKAGE_NAME "${PROJECT_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "teleworksec maintainers <teleworksec@invalid>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# A shlibs file, and ldconfig run on install and removal, for libteleworksec_c.so.N.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nlohmann-json3-dev, libpugixml-dev, pkg-config, cmake")
string(
  CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "The Japanese telework and shared-office security guidelines as constexpr\n"
  "data: the coworking-v2 checklist, the certification-v2 audit and diagnosis,\n"
  "the MIC telework self-check, the CSAJ home-work policy and the coworking-user risks,\n"
  "with a constexpr rating engine (C++20 headers), a C API library and the\n"
  "teleworksec command.")
include(CPack)

# --- Python wheel -----------------------------------------------------------
# python/ staged in the build tree with the C API library beside its modules
# and the project's version, then built by python3 -m build (Debian:
# python3-build) with the system's setuptools, offline (--no-isolation).
if(TARGET teleworksec_c_api AND EXISTS "${PROJECT_SOURCE_DIR}/python/pyproject.toml")
  find_package(Python3 COMPONENTS Interpreter)
  # The wheel's builder: the python3 CMake found when it has build,
  # setuptools and wheel, else Debian's own, where python3-build installs
  # them (a pyenv or virtualenv python3 first on PATH usually lacks them).
  set(teleworksec_wheel_python "")
  foreach(candidate IN ITEMS "${Python3_EXECUTABLE}" /usr/bin/python3)
    if(NOT teleworksec_wheel_python AND candidate AND EXISTS "${candidate}")
      execute_process(COMMAND "${candidate}" -c "import build, setuptools, wheel"
                      RESULT_VARIABLE teleworksec_python_build_missing OUTPUT_QUIET ERROR_QUIET)
      if(NOT teleworksec_python_build_missing)
        set(teleworksec_wheel_python "${candidate}")
      endif()
    endif()
  endforeach()
  if(Python3_Interpreter_FOUND AND teleworksec_wheel_python)
    set(teleworksec_wheel_stage "${PROJECT_BINARY_DIR}/python")
    set(teleworksec_wheel_dir "${PROJECT_BINARY_DIR}/dist")
    set(teleworksec_wheel_lib
        "${CMAKE_SHARED_LIBRARY_PREFIX}teleworksec_c${CMAKE_SHARED_LIBRARY_SUFFIX}")
    file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/python-version/_version.py"
         CONTENT "__version__ = \"@PROJECT_VERSION@\"\n" @ONLY)
    file(GLOB_RECURSE teleworksec_python_sources CONFIGURE_DEPENDS
         "${PROJECT_SOURCE_DIR}/python/*.py" "${PROJECT_SOURCE_DIR}/python/*.toml")
    set(teleworksec_strip)
    if(CMAKE_STRIP)
      set(teleworksec_strip COMMAND "${CMAKE_STRIP}" --strip-unneeded
                                    "${teleworksec_wheel_stage}/teleworksec/${teleworksec_wheel_lib}")
    endif()
    add_custom_command(
      OUTPUT "${teleworksec_wheel_dir}/wheel.stamp"
      COMMAND "${CMAKE_COMMAND}" -E rm -rf "${teleworksec_wheel_stage}" "${teleworksec_wheel_dir}"
      COMMAND "${CMAKE_COMMAND}" -E copy_directory "${PROJECT_SOURCE_DIR}/python"
              "${teleworksec_wheel_stage}"
      COMMAND "${CMAKE_COMMAND}" -E copy "$<TARGET_FILE:teleworksec_c_api>"
              "${teleworksec_wheel_stage}/teleworksec/${teleworksec_wheel_lib}"
      ${teleworksec_strip}
      COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_BINARY_DIR}/python-version/_version.py"
              "${teleworksec_wheel_stage}/teleworksec/_version.py"
      COMMAND "${teleworksec_wheel_python}" -m build --wheel --no-isolation
              --outdir "${teleworksec_wheel_dir}" "${teleworksec_wheel_stage}"
      COMMAND "${CMAKE_COMMAND}" -E touch "${teleworksec_wheel_dir}/wheel.stamp"
      DEPENDS teleworksec_c_api ${teleworksec_python_sources}
      COMMENT "Building the Python wheel in ${teleworksec_wheel_dir}"
      VERBATIM)
    # Built by default only for the package tests: a user asks for it.
    set(teleworksec_wheel_all)
    if(TELEWORKSEC_PACKAGE_TESTS)
      set(teleworksec_wheel_all ALL)
    endif()
    add_custom_target(teleworksec_wheel ${teleworksec_wheel_all}
                      DEPENDS "${teleworksec_wheel_dir}/wheel.stamp")
  else()
    message(STATUS "teleworksec: python3 with build, setuptools and wheel not found "
                   "(Debian: python3-build); no target teleworksec_wheel")
  endif()

  # package.wheel (tests/package/wheel_test.py) is registered here, beside
  # the target whose wheel it installs.
  if(TELEWORKSEC_PACKAGE_TESTS AND TELEWORKSEC_BUILD_TESTS AND TARGET teleworksec_cli)
    if(TARGET teleworksec_wheel)
      add_test(NAME package.wheel
               COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/package/wheel_test.py"
                       "${Python3_EXECUTABLE}" "${teleworksec_wheel_dir}"
                       "$<TARGET_FILE:teleworksec_cli>" "${PROJECT_SOURCE_DIR}"
                       "${PROJECT_BINARY_DIR}/package-tests/wheel")
      set_tests_properties(package.wheel PROPERTIES LABELS package TIMEOUT 300)
    else()
      teleworksec_missing_test(
        package.wheel "python3 with build, setuptools and wheel (Debian: python3-build)")
    endif()
  endif()
endif()
