#pragma once

// The one error of the JSON layer: every problem with an input is an
// input_error naming the file, the JSON path and what was expected.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace teleworksec {

/// Bad input: names the file, the JSON path ($.answers["…"]) and the problem.
class input_error : public std::runtime_error {
 public:
  input_error(std::string file, std::string path, std::string problem)
      : std::runtime_error(file + ": " + (path.empty() ? "" : path + ": ") + problem),
        file_(std::move(file)),
        path_(std::move(path)),
        problem_(std::move(problem)) {}
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

 private:
  std::string file_;
  std::string path_;
  std::string problem_;
};

#if !defined(__cpp_exceptions)
/// Built without exceptions (-fno-exceptions, as examples/wasm is), a bad input
/// goes here instead of being thrown: the program defines this handler, which
/// must not return (e.g. it calls into the host to abandon the call).
[[noreturn]] void on_input_error(const input_error& error) noexcept;
#endif

namespace detail {

// Every bad input leaves the JSON layer through here.
[[noreturn]] inline void raise_input_error(std::string file, std::string path,
                                           std::string problem) {
#if defined(__cpp_exceptions)
  throw input_error(std::move(file), std::move(path), std::move(problem));
#else
  on_input_error(input_error(std::move(file), std::move(path), std::move(problem)));
#endif
}

}  // namespace detail

/// Limits of the reader: larger or deeper inputs are rejected, not parsed.
inline constexpr std::size_t max_input_bytes = std::size_t{16} << 20;
inline constexpr std::size_t max_nesting = 32;

}  // namespace teleworksec
