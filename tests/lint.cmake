# clang-tidy over the public headers with the repository's .clang-tidy, whose
# WarningsAsErrors makes any finding fail the test. Registered only when
# clang-tidy is installed. Included from tests/CMakeLists.txt.

find_program(TELEWORKSEC_CLANG_TIDY clang-tidy)
if(TELEWORKSEC_CLANG_TIDY)
  # Only this checkout's headers are reported, not another installed copy.
  string(REGEX REPLACE "([][+.*?(){}^$|\\])" "\\\\\\1" teleworksec_lint_root
                       "${PROJECT_SOURCE_DIR}")
  add_test(NAME lint.clang_tidy
           COMMAND "${TELEWORKSEC_CLANG_TIDY}" "${CMAKE_CURRENT_LIST_DIR}/lint/public_headers.cpp"
                   "--config-file=${PROJECT_SOURCE_DIR}/.clang-tidy"
                   "-header-filter=^${teleworksec_lint_root}/include/teleworksec/.*"
                   --quiet -- -std=c++20 "-I${PROJECT_SOURCE_DIR}/include")
  set_tests_properties(lint.clang_tidy PROPERTIES TIMEOUT 600)
endif()
