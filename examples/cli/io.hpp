#pragma once

// Files in and out. Every problem with a file is a teleworksec::input_error
// ("FILE: cannot open: No such file or directory"), so the top level prints
// it as it prints a JSON error and exits 2.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "args.hpp"
#include "teleworksec/io/json.hpp"

namespace cli {

/// How a file is named in messages: "-" is standard input.
inline std::string display_name(const std::string& file) { return file == "-" ? "<stdin>" : file; }

/// The text of `file` ("-" = standard input). Reads at most one byte more than
/// the JSON reader accepts, so that a huge file is refused without being read.
inline std::string read_input(const std::string& file) {
  const auto name = display_name(file);
  using closer = int (*)(std::FILE*);
  std::unique_ptr<std::FILE, closer> owned{nullptr, &std::fclose};
  std::FILE* in = stdin;
  if (file != "-") {
    owned.reset(std::fopen(file.c_str(), "rb"));
    if (!owned)
      throw teleworksec::input_error(name, "", "cannot open: " + std::string{std::strerror(errno)});
    in = owned.get();
  }
  std::string text;
  char buffer[65536];
  while (text.size() <= teleworksec::max_input_bytes) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, in);
    text.append(buffer, n);
    if (n < sizeof buffer) break;
  }
  if (std::ferror(in) != 0) {
    throw teleworksec::input_error(name, "", "cannot read: " + std::string{std::strerror(errno)});
  }
  return text;
}

/// Reads and checks an assessment file of one of `Catalogs`.
template <class Catalogs>
teleworksec::assessment_document load_assessment(const std::string& file) {
  return teleworksec::read_assessment<Catalogs>(read_input(file), display_name(file));
}

/// The file write_file() writes first, then renames.
inline std::string partial_name(const std::string& file) { return file + ".part"; }

/// Writes `text` to `file`, replacing it only once the whole text is written
/// (a full disk leaves the old file as it was).
inline void write_file(const std::string& file, std::string_view text) {
  const auto fail = [&] {
    throw teleworksec::input_error(file, "", "cannot write: " + std::string{std::strerror(errno)});
  };
  const std::string temporary = partial_name(file);
  using closer = int (*)(std::FILE*);
  std::unique_ptr<std::FILE, closer> out{std::fopen(temporary.c_str(), "wb"), &std::fclose};
  if (!out) fail();
  const bool written = std::fwrite(text.data(), 1, text.size(), out.get()) == text.size();
  if (!written || std::fclose(out.release()) != 0 ||
      std::rename(temporary.c_str(), file.c_str()) != 0) {
    const int error = errno;
    std::remove(temporary.c_str());
    errno = error;
    fail();
  }
}

/// Fails now, as write_file() would later, when `file` cannot be written.
inline void check_writable(const std::string& file) {
  const std::string temporary = partial_name(file);
  std::FILE* probe = std::fopen(temporary.c_str(), "wb");
  if (probe == nullptr) {
    throw teleworksec::input_error(file, "", "cannot write: " + std::string{std::strerror(errno)});
  }
  std::fclose(probe);
  std::remove(temporary.c_str());
}

/// Calls f(catalog) for the catalog of `Catalogs` named on the command line,
/// or throws a usage_error listing them.
template <class Catalogs, class F>
void with_catalog(const arguments& args, const std::string& id, F&& f) {
  if (Catalogs::visit(id, f)) return;
  std::string list;
  for (auto c : Catalogs::ids) list += (list.empty() ? "" : ", ") + std::string{c};
  throw usage_error(args.command, "unknown catalog \"" + id + "\"; expected one of: " + list);
}

}  // namespace cli
