// The bundled sample assessments (examples/assessments/) through json.hpp and
// the engine. The expected grades and levels are derived by hand from SPEC §4
// in examples/assessments/EXPECTED.md and written here as a table, not
// computed: a disagreement is a bug in the engine, the reader or the
// derivation, never something to paper over by copying the engine's answer.

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <ios>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "test_files.hpp"

#include "teleworksec/json.hpp"

#ifndef TELEWORKSEC_SOURCE_DIR
// tests/data lives two levels below the repository root.
#define TELEWORKSEC_SOURCE_DIR TELEWORKSEC_TEST_DATA_DIR "/../.."
#endif

namespace {

namespace tws = teleworksec;
using tws::grade;

const std::filesystem::path samples_dir =
    std::filesystem::path{TELEWORKSEC_SOURCE_DIR} / "examples" / "assessments";

using test_files::read_file;

struct expectation {
  std::string_view file;
  grade audit;
  std::optional<grade> diagnosis;  ///< nothing: no check performed (no diagnosis)
  std::uint8_t stars;
  bool indicative;
  bool provisional;
  std::size_t unanswered;
};

constexpr std::optional<grade> none = std::nullopt;

// examples/assessments/EXPECTED.md gives the derivation of every row.
// clang-format off
const expectation expected[] = {
  // file                                   audit     diagnosis  stars indicative provisional unanswered
  {"drop-in-shared-passphrase.json",        grade::E, none,      0,    true,      true,       2},
  {"members-office-ic-biometric.json",      grade::B, grade::B,  3,    false,     false,      0},
  {"municipal-satellite-rental-pcs.json",   grade::C, grade::C,  2,    false,     false,      0},
  {"guest-ap-wep.json",                     grade::D, grade::D,  0,    false,     false,      0},
  {"four-stars.json",                       grade::A, grade::B,  4,    false,     false,      0},
  {"coworking-checklist-self-check.json",   grade::B, none,      3,    true,      true,       2},
  {"station-booths-unverified.json",        grade::D, grade::A,  0,    false,     false,      0},
};
// clang-format on

std::string describe(const expectation& e) {
  std::ostringstream s;
  s << e.file << ": audit " << tws::to_string(e.audit) << ", diagnosis "
    << (e.diagnosis ? tws::to_string(*e.diagnosis) : "none") << ", " << int{e.stars} << " stars";
  return s.str();
}

}  // namespace

TEST_CASE("every sample assessment has a hand-derived expectation", "[samples]") {
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(samples_dir)) {
    if (entry.path().extension() == ".json") on_disk.insert(entry.path().filename().string());
  }
  std::set<std::string> listed;
  for (const auto& e : expected) listed.insert(std::string{e.file});
  CHECK(on_disk == listed);
  CHECK(on_disk.size() >= 6);
}

TEST_CASE("sample assessments rate as derived by hand", "[samples]") {
  for (const auto& e : expected) {
    INFO(describe(e));
    const auto text = read_file(samples_dir / std::string{e.file});
    const auto doc = tws::read_assessment(text, std::string{e.file});
    const bool known = tws::visit_catalog(doc.catalog, [&](auto catalog) {
      const auto a = tws::to_assessment(catalog, doc);
      const auto r = tws::evaluate(catalog, a);
      CHECK(r.audit_grade == e.audit);
      CHECK(r.has_diagnosis == e.diagnosis.has_value());
      if (e.diagnosis && r.has_diagnosis) CHECK(r.diagnosis_grade == *e.diagnosis);
      CHECK(int{r.level.stars} == int{e.stars});
      CHECK(r.level.indicative == e.indicative);
      CHECK(r.provisional == e.provisional);
      CHECK(r.unanswered_count == e.unanswered);
    });
    REQUIRE(known);
  }
}

TEST_CASE("sample assessments round-trip: read, write, read gives an equal document",
          "[samples][json]") {
  for (const auto& e : expected) {
    INFO(e.file);
    const auto doc =
        tws::read_assessment(read_file(samples_dir / std::string{e.file}), std::string{e.file});
    const auto written = tws::dump(tws::to_json(doc));
    const auto again = tws::read_assessment(written, std::string{e.file} + " (written back)");
    REQUIRE(again == doc);
    // Writing is canonical: what was written once is written the same again.
    REQUIRE(tws::dump(tws::to_json(again)) == written);
  }
}

TEST_CASE("sample results are byte-identical for identical input", "[samples][json]") {
  for (const auto& e : expected) {
    INFO(e.file);
    const auto text = read_file(samples_dir / std::string{e.file});
    // Two independent reads and evaluations, so nothing is shared between them.
    const auto rate = [&] {
      const auto doc = tws::read_assessment(text, std::string{e.file});
      std::string out;
      tws::visit_catalog(doc.catalog, [&](auto catalog) {
        const auto r = tws::evaluate(catalog, tws::to_assessment(catalog, doc));
        out = tws::dump(tws::result_to_json(catalog, doc, r));
      });
      return out;
    };
    const auto first = rate();
    const auto second = rate();
    REQUIRE_FALSE(first.empty());
    REQUIRE(first == second);
    CHECK(first.back() == '\n');
  }
}
