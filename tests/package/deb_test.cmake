# package.deb: builds the Debian package with CPack, checks its control fields
# and contents, extracts it into a scratch root (installing it would need root
# and change the machine), and runs what a user runs from it: the command on
# a sample (the same bytes as the build's), pkg-config, the man page and the
# bash completion. package.deb_find_package then builds tests/package/consumer
# against the extracted root (run_consumer.cmake).
#   cmake -DCPACK=… -DCPACK_CONFIG=…/CPackConfig.cmake -DCONFIG=… -DWORK=… -DROOT=…
#         -DVERSION=… -DBUILD_CLI=… -DSAMPLE=… -DDPKG_DEB=… -DMAN=… -DBASH=…
#         -DPKG_CONFIG=… [-DLINTIAN=…] -P deb_test.cmake
cmake_minimum_required(VERSION 3.25)

function(run out_var)
  string(JOIN " " shown ${ARGN})
  message(STATUS "+ ${shown}")
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE out COMMAND_ERROR_IS_FATAL ANY)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

function(expect text regex what)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${what}: no match for ${regex} in:\n${text}")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK}" "${ROOT}")
set(config_args)
if(CONFIG)
  set(config_args -C "${CONFIG}")
endif()
run(ignored "${CPACK}" -G DEB --config "${CPACK_CONFIG}" -B "${WORK}" ${config_args})
file(GLOB debs "${WORK}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK}, found: ${debs}")
endif()
cmake_path(GET debs FILENAME deb_name)
expect("${deb_name}" "^teleworksec_${VERSION}_[a-z0-9]+\\.deb$" "file name")
message(STATUS "${deb_name}: ${debs}")

# Control fields; Depends comes from dpkg-shlibdeps (the C++ runtime).
run(info "${DPKG_DEB}" --info "${debs}")
message(STATUS "${info}")
expect("${info}" "\n Package: teleworksec\n" "Package")
expect("${info}" "\n Version: ${VERSION}\n" "Version")
expect("${info}" "\n Depends: [^\n]*libc6" "Depends (dpkg-shlibdeps)")
expect("${info}" "\n Depends: [^\n]*libstdc\\+\\+6" "Depends (dpkg-shlibdeps)")
expect("${info}" "\n Description: [^\n]+\n [^\n]+" "Description")
expect("${info}" " shlibs" "the shlibs file")
expect("${info}" "\\* +postinst" "the postinst that runs ldconfig")

run(ignored "${DPKG_DEB}" --extract "${debs}" "${ROOT}")
file(GLOB top RELATIVE "${ROOT}" "${ROOT}/*")
if(NOT top STREQUAL "usr")
  message(FATAL_ERROR "the package installs outside /usr: ${top}")
endif()
set(usr "${ROOT}/usr")
foreach(file IN ITEMS bin/teleworksec include/teleworksec/teleworksec.hpp
                      include/teleworksec/teleworksec.h include/teleworksec/io/json.hpp
                      share/pkgconfig/teleworksec.pc share/man/man1/teleworksec.1
                      share/bash-completion/completions/teleworksec
                      share/doc/teleworksec/LICENSE)
  if(NOT EXISTS "${usr}/${file}")
    message(FATAL_ERROR "the package has no /usr/${file}")
  endif()
endforeach()
file(GLOB_RECURSE configs "${usr}/*/teleworksecConfig.cmake")
file(GLOB_RECURSE c_libs "${usr}/lib*/libteleworksec_c.so.*")
if(NOT configs OR NOT c_libs)
  message(FATAL_ERROR "the package lacks the CMake package or libteleworksec_c.so.N")
endif()

# The packaged command rates a sample to the build's bytes (it needs no
# library of the package: the engine is compiled in).
run(built "${BUILD_CLI}" rate --format json "${SAMPLE}")
run(packaged "${usr}/bin/teleworksec" rate --format json "${SAMPLE}")
if(NOT built STREQUAL packaged)
  message(FATAL_ERROR "the packaged teleworksec rates ${SAMPLE} differently from the build's")
endif()

# The relocatable .pc points into the extracted root.
set(ENV{PKG_CONFIG_PATH} "${usr}/share/pkgconfig")
run(ignored "${PKG_CONFIG}" --validate teleworksec)
run(cflags "${PKG_CONFIG}" --cflags teleworksec)
string(REGEX REPLACE "^-I([^ \n]+).*" "\\1" include_dir "${cflags}")
if(NOT EXISTS "${include_dir}/teleworksec/teleworksec.hpp")
  message(FATAL_ERROR "pkg-config --cflags gives '${cflags}', not the extracted headers")
endif()

# The man page renders and has every command's help.
set(ENV{MANWIDTH} 100)
run(man_text "${MAN}" -l "${usr}/share/man/man1/teleworksec.1")
expect("${man_text}" "SUBCOMMANDS" "man page")
expect("${man_text}" "Usage: teleworksec rate FILE" "man page")
expect("${man_text}" "Usage: teleworksec import nmap" "man page")

# The completion loads and completes commands, options, values and catalogs.
set(completion "${usr}/share/bash-completion/completions/teleworksec")
function(complete_words out_var)
  # The last word is the one under the cursor, possibly empty.
  set(words "${ARGN}")
  list(POP_BACK words cur)
  list(LENGTH ARGN cword)
  list(JOIN words " " words)
  # Newlines, not semicolons: a CMake list would split the script.
  string(CONCAT script "source '${completion}'\ncomplete -p teleworksec\n"
                "COMP_WORDS=(teleworksec ${words} '${cur}')\nCOMP_CWORD=${cword}\n"
                "_teleworksec\necho \"\${COMPREPLY[*]}\"")
  run(out "${BASH}" --norc -c "${script}")
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
complete_words(out "ra")
expect("${out}" "complete -o filenames -F _teleworksec teleworksec\nrate\n$" "command")
complete_words(out rate "--fo")
expect("${out}" "\n--format\n$" "option")
complete_words(out rate --format "")
expect("${out}" "\ntext json markdown oscal sarif html table\n$" "option value")
complete_words(out template "co")
expect("${out}" "\ncoworking-v2 coworking-user\n$" "catalog")

if(LINTIAN)
  # Informative only: one package holds what Debian splits into a library,
  # its -dev and the tool (see the README).
  execute_process(COMMAND "${LINTIAN}" --no-tag-display-limit "${debs}")
endif()
