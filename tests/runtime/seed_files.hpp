#pragma once

// Reading the source documents in the catalog tests (only when the build
// found them: TELEWORKSEC_SEEDS_DIR), and the text searches those tests share.

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace seed_files {

#ifdef TELEWORKSEC_SEEDS_DIR
/// The whole text of a source document, e.g. "002_8c09d1b49d27eae0.txt".
inline std::string read_seed(std::string_view name) {
  const std::string path = std::string(TELEWORKSEC_SEEDS_DIR) + "/" + std::string(name);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
#endif

/// The parts one after another. Appended, not `"…" + std::string(…)`: g++ 12
/// at -O3 reports that form's insert at the front as an overlapping copy (a
/// false -Wrestrict, GCC bug 105651).
template <class... Parts>
std::string concat(const Parts&... parts) {
  std::string out;
  (out.append(parts), ...);
  return out;
}

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

/// The lines of a text, without their line ends.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace seed_files
