// Bad input to the assessment reader of json.hpp (SPEC §6, §7): every file of
// tests/data/bad/ must be rejected with an input_error whose message names the
// file, the JSON path and the problem, as listed in tests/data/bad/EXPECTED.tsv.
// Never a crash, never a silent default.

#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <ios>
#include <random>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "test_files.hpp"

#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;
namespace fs = std::filesystem;

const fs::path bad_dir = fs::path{TELEWORKSEC_TEST_DATA_DIR} / "bad";

using test_files::read_file;

struct bad_case {
  std::string file;
  std::string fragment;
};

// EXPECTED.tsv: "file<TAB>expected substring of what()", '#' starts a comment line.
std::vector<bad_case> expected_cases() {
  std::vector<bad_case> cases;
  std::ifstream in(bad_dir / "EXPECTED.tsv", std::ios::binary);
  REQUIRE(in);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    cases.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return cases;
}

// The message of the input_error read_assessment throws, or a note that it did not.
std::string rejection(const std::string& text, const std::string& file) {
  try {
    (void)tws::read_assessment(text, file);
  } catch (const tws::input_error& e) {
    CHECK(e.file() == file);
    return e.what();
  }
  return "(accepted: no input_error)";
}

// Whether s is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates).
bool valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size()) return false;
      const auto t = static_cast<unsigned char>(s[i + k]);
      if (t < (k == 1 ? lo : 0x80U) || t > (k == 1 ? hi : 0xBFU)) return false;
    }
    i += n + 1;
  }
  return true;
}

// A temporary file removed at the end of the scope, also when a check throws.
class temp_file {
 public:
  // The name gets a random suffix: ctest runs this binary and its twin at once.
  explicit temp_file(const std::string& stem)
      : path_(fs::temp_directory_path() /
              (stem + "-" + std::to_string(std::random_device{}()) + ".json")) {}
  temp_file(const temp_file&) = delete;
  temp_file& operator=(const temp_file&) = delete;
  ~temp_file() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  [[nodiscard]] const fs::path& path() const noexcept { return path_; }

 private:
  fs::path path_;
};

}  // namespace

TEST_CASE("EXPECTED.tsv lists every file of the bad-input corpus", "[json][bad_input]") {
  std::set<std::string> on_disk;
  for (const auto& entry : fs::directory_iterator(bad_dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "EXPECTED.tsv") {
      on_disk.insert(entry.path().filename().string());
    }
  }
  std::set<std::string> listed;
  for (const auto& c : expected_cases()) {
    INFO(c.file);
    CHECK(listed.insert(c.file).second);  // each file once
    CHECK_FALSE(c.fragment.empty());
  }
  CHECK(on_disk == listed);
  CHECK(listed.size() >= 30);
}

TEST_CASE("every bad input is rejected with its expected message", "[json][bad_input]") {
  for (const auto& c : expected_cases()) {
    INFO(c.file);
    const auto what = rejection(read_file(bad_dir / c.file), c.file);
    CHECK_THAT(what, Catch::Matchers::Contains(c.fragment));
    // Messages are printed and put into JSON (CLI, C API): never broken UTF-8,
    // even when the input was.
    CHECK(valid_utf8(what));
  }
}

TEST_CASE("a 50 MB file is rejected before it is parsed", "[json][bad_input]") {
  // Generated at run time: a 50 MB file has no place in the repository.
  const temp_file big{"teleworksec-bad-input-50mb"};
  {
    std::ofstream out(big.path(), std::ios::binary);
    REQUIRE(out);
    out << R"({"schema": "teleworksec/assessment/v1", "catalog": "certification-v2", )"
        << R"("facility": {"name": ")";
    const std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 50; ++i) out << chunk;
    out << "\"}}\n";
    REQUIRE(out);
  }
  const auto text = read_file(big.path());
  REQUIRE(text.size() > std::size_t{50} * 1000 * 1000);
  CHECK_THAT(
      rejection(text, "big.json"),
      Catch::Matchers::Contains("big.json: larger than 16 MiB; an assessment is a few kilobytes"));
}

TEST_CASE("an input just under the size limit is parsed and then judged on its content",
          "[json][bad_input]") {
  // The limit is on bytes, not on what they say: a 15 MiB name is read whole
  // and then rejected for its length, not for the file's size.
  std::string text = R"({"schema": "teleworksec/assessment/v1", "catalog": "certification-v2", )"
                     R"("facility": {"name": ")";
  text.append(std::size_t{15} << 20, 'x');
  text += "\"}}";
  REQUIRE(text.size() < tws::max_input_bytes);
  CHECK_THAT(rejection(text, "15mib.json"),
             Catch::Matchers::Contains(
                 R"(15mib.json: $["facility"]["name"]: string longer than 200 bytes)"));
}
