// The one-pass reader of assessment_reader.hpp against the reference reader of
// assessment_reader_dom.hpp: try_read_assessment() may only give a document
// when read_assessment_dom() gives an equal one, and must give nothing where
// it throws. Checked on every sample, every bad input of tests/data/bad/, and
// seeded mutations of them (bytes changed, removed, duplicated; tokens
// swapped), so that a rule missing from either reader shows.

#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "test_files.hpp"

#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;
namespace fs = std::filesystem;
using test_files::read_file;

std::vector<fs::path> json_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> samples() {
  auto files = json_files(fs::path{TELEWORKSEC_SOURCE_DIR} / "examples" / "assessments");
  for (const auto& f : json_files(fs::path{TELEWORKSEC_TEST_DATA_DIR} / "telework")) {
    files.push_back(f);
  }
  return files;
}

// The reference reader's verdict: the document, or nothing when it throws.
std::optional<tws::assessment_document> reference(const std::string& text) {
  try {
    return tws::read_assessment_dom(text, "x.json");
  } catch (const tws::input_error&) {
    return std::nullopt;
  }
}

// The contract, for one text; returns whether the fast reader took it.
bool agrees(const std::string& text) {
  const auto fast = tws::try_read_assessment(text);
  const auto ref = reference(text);
  INFO(text.substr(0, 2000));
  if (fast) {
    REQUIRE(ref);
    CHECK(*fast == *ref);
  }
  // read_assessment() is the two together: the same document or the same error.
  try {
    const auto doc = tws::read_assessment(text, "x.json");
    REQUIRE(ref);
    CHECK(doc == *ref);
  } catch (const tws::input_error& e) {
    CHECK_FALSE(ref);
    try {
      (void)tws::read_assessment_dom(text, "x.json");
    } catch (const tws::input_error& d) {
      CHECK(std::string{e.what()} == d.what());
    }
  }
  return fast.has_value();
}

// A seeded mutation of `text`: one of a few edits that keep it close to valid.
std::string mutate(std::string text, std::mt19937& rng) {
  if (text.empty()) return text;
  const auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>{0, n - 1}(rng);
  };
  static const std::vector<std::string> tokens = {
      "\"", "\\", ",", ":", "{", "}", "[", "]", "null", "1", "true", "\"na\"", "\"yes\"",
      "\"findings\"", "\"planned\"", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "\xC3", "\xE3\x81",
      "\xF0\x9F\x98\x80", "\xED\xA0\x80", "\x01", " ", "\"note\": \"x\",", "\"status\": \"passed\","};
  const std::size_t at = pick(text.size());
  switch (pick(6)) {
    case 0: text[at] = static_cast<char>(pick(256)); break;
    case 1: text.erase(at, 1 + pick(8)); break;
    case 2: text.insert(at, tokens[pick(tokens.size())]); break;
    case 3: {
      // Duplicate a line: a duplicate key, or a repeated array element.
      const auto start = text.rfind('\n', at);
      const auto end = text.find('\n', at);
      if (start != std::string::npos && end != std::string::npos) {
        text.insert(end, text.substr(start, end - start));
      }
      break;
    }
    case 4: {
      // Change one string to another string of the file.
      const auto q = text.find('"', at);
      const auto q2 = q == std::string::npos ? q : text.find('"', q + 1);
      const auto r = text.find('"', pick(text.size()));
      const auto r2 = r == std::string::npos ? r : text.find('"', r + 1);
      if (q2 != std::string::npos && r2 != std::string::npos) {
        text.replace(q, q2 - q + 1, text.substr(r, r2 - r + 1));
      }
      break;
    }
    default: text.insert(at, text.substr(pick(text.size()), pick(40))); break;
  }
  return text;
}

}  // namespace

TEST_CASE("assessment_reader.samples_taken_in_one_pass") {
  // Every sample is valid: the fast reader takes it itself, nothing falls back.
  for (const auto& f : samples()) {
    INFO(f.filename().string());
    const auto text = read_file(f);
    CHECK(agrees(text));
    // Written back (keys sorted, 2-space indent) it is taken too.
    const auto written = tws::dump(tws::to_json(tws::read_assessment(text, "x.json")));
    CHECK(agrees(written));
  }
}

TEST_CASE("assessment_reader.bad_inputs_refused") {
  std::size_t count = 0;
  for (const auto& f : json_files(fs::path{TELEWORKSEC_TEST_DATA_DIR} / "bad")) {
    INFO(f.filename().string());
    CHECK_FALSE(agrees(read_file(f)));
    ++count;
  }
  CHECK(count > 50);
}

TEST_CASE("assessment_reader.mutations_agree") {
  std::vector<std::string> texts;
  for (const auto& f : samples()) texts.push_back(read_file(f));
  for (const auto& f : json_files(fs::path{TELEWORKSEC_TEST_DATA_DIR} / "bad")) {
    texts.push_back(read_file(f));
  }
  std::mt19937 rng{20261130};
  std::size_t taken = 0;
  std::size_t total = 0;
  for (int round = 0; round < 40; ++round) {
    for (const auto& t : texts) {
      auto m = mutate(t, rng);
      if (round % 3 == 2) m = mutate(m, rng);
      if (agrees(m)) ++taken;
      ++total;
    }
  }
  // Some mutations keep the file valid (whitespace, a note): both readers take those.
  CHECK(taken > 0);
  CHECK(taken < total);
}

TEST_CASE("assessment_reader.escapes_and_utf8") {
  const auto doc = [](const std::string& name) {
    return R"({"schema": "teleworksec/assessment/v1", "catalog": "coworking-user", )"
           R"("facility": {"name": )" +
           name + "}}";
  };
  // Decoded as the reference decodes them: é, 😀, a tab, a quote.
  const auto read = tws::try_read_assessment(doc(R"("\u00e9\ud83d\ude00\t\"")"));
  REQUIRE(read);
  CHECK(read->facility_name == "\xC3\xA9\xF0\x9F\x98\x80\t\"");
  CHECK(agrees(doc(R"("\u00e9\ud83d\ude00\t\"")")));
  // Refused like the reference: a lone surrogate, an overlong form, a raw
  // control character, a stray escape.
  for (const std::string bad : {R"("\ud800")", R"("\udc00x")", "\"\xC0\xA9\"", "\"a\x01\"",
                                R"("\x")", "\"\xED\xA0\x80\""}) {
    INFO(bad);
    CHECK_FALSE(tws::try_read_assessment(doc(bad)));
    CHECK_FALSE(reference(doc(bad)));
  }
  // 200 bytes is the limit of a facility name: 200 two-byte é are 400 bytes.
  std::string long_name = "\"";
  for (int i = 0; i < 200; ++i) long_name += "\xC3\xA9";
  long_name += "\"";
  CHECK_FALSE(agrees(doc(long_name)));
}

TEST_CASE("assessment_reader.diagnosis_sources") {
  // An imported check: scan sources, a finding naming one of them.
  tws::assessment_document doc;
  doc.catalog = "certification-v2";
  doc.has_diagnosis = true;
  auto& e = doc.diagnosis["certification-v2/vuln/3"];
  e.object_form = true;
  e.status = tws::check_outcome::kind::findings;
  e.sources = {{"nmap:aa", "a.xml", ""}, {"nmap:bb", "b.xml", "host down"}};
  e.findings.push_back({tws::severity::medium, "weak cipher", "a.xml#1", "nmap:aa"});
  doc.diagnosis["certification-v2/vuln/4"].status = tws::check_outcome::kind::passed;
  const auto text = tws::dump(tws::to_json(doc));
  // "findings" comes before "sources" in the written file: the finding's scan
  // is checked once the check's object is read.
  CHECK(text.find("\"findings\"") < text.find("\"sources\""));
  const auto read = tws::try_read_assessment(text);
  REQUIRE(read);
  CHECK(*read == doc);
  CHECK(agrees(text));
  // A finding's scan that is no source, an empty or duplicate source: refused by both.
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"scan\": \"nmap:aa\"\n", "\"scan\": \"nmap:zz\"\n"},
           {"\"scan\": \"nmap:bb\"", "\"scan\": \"nmap:aa\""},
           {"\"scan\": \"nmap:bb\"", "\"scan\": \"\""},
           {"\"file\": \"b.xml\"", "\"file\": \"\""}}) {
    auto bad = text;
    const auto at = bad.rfind(from);
    REQUIRE(at != std::string::npos);
    bad.replace(at, from.size(), to);
    INFO(bad);
    CHECK_FALSE(agrees(bad));
  }
  std::mt19937 rng{7};
  for (int i = 0; i < 300; ++i) (void)agrees(mutate(text, rng));
}

TEST_CASE("assessment_reader.keys_in_any_order") {
  // "catalog" after the sections that need it, as sorted files have it.
  const std::string text =
      R"({"answers": {"coworking-user/1.1": "yes"}, "facility": {"facts": {}}, )"
      R"("catalog": "coworking-user", "schema": "teleworksec/assessment/v1"})";
  const auto doc = tws::try_read_assessment(text);
  REQUIRE(doc);
  CHECK(doc->answers.at("coworking-user/1.1").value == tws::answer::yes);
  CHECK(agrees(text));
  // An ID of another catalog is found only once the catalog is known.
  CHECK_FALSE(agrees(R"({"answers": {"coworking-v2/1.1.1": "yes"}, )"
                     R"("catalog": "coworking-user", "schema": "teleworksec/assessment/v1"})"));
}
