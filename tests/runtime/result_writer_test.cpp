// result_text() of result_writer.hpp against its reference, the nlohmann
// document of result_json.hpp: the same bytes for every sample and for
// documents varied from them (every answer, decision and check status
// cycled through its values), for every catalog kind.

#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "test_files.hpp"

#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;
namespace fs = std::filesystem;
using test_files::read_file;

// The bytes of both writers for one document, which must be the same.
void same_text(const tws::assessment_document& doc) {
  tws::visit_catalog(doc.catalog, [&](auto c) {
    const auto r = tws::evaluate(c, tws::to_assessment(c, doc));
    const auto direct = tws::result_text(c, doc, r);
    const auto reference = tws::dump(tws::result_to_json(c, doc, r));
    REQUIRE(direct == reference);
  });
}

}  // namespace

TEST_CASE("result_writer.samples_byte_identical") {
  std::size_t count = 0;
  for (const auto* dir : {"examples/assessments", "tests/data/telework", "tests/cli/data"}) {
    for (const auto& e : fs::directory_iterator(fs::path{TELEWORKSEC_SOURCE_DIR} / dir)) {
      if (e.path().extension() != ".json" || e.path().filename() == "not-json.json" ||
          e.path().filename() == "unknown-question.json") {
        continue;
      }
      INFO(e.path().string());
      same_text(tws::read_assessment(read_file(e.path()), "x.json"));
      ++count;
    }
  }
  CHECK(count >= 20);
}

TEST_CASE("result_writer.varied_documents_byte_identical") {
  // Each sample with its entries cycled: answers through yes/no/na, checks
  // through every status (a finding with text that needs escaping), decisions
  // through implemented/undecided; some without a date or facility name; na
  // answers, overrides and not_needed decisions with last days around the
  // date (expired, expiring, holding), some approved by someone.
  for (const auto& e : fs::directory_iterator(fs::path{TELEWORKSEC_SOURCE_DIR} / "examples" /
                                              "assessments")) {
    if (e.path().extension() != ".json") continue;
    const auto base = tws::read_assessment(read_file(e.path()), "x.json");
    for (int shift = 0; shift < 6; ++shift) {
      INFO(e.path().filename().string() << " shift " << shift);
      auto doc = base;
      int i = shift;
      for (auto& [id, a] : doc.answers) {
        a.value = std::array{tws::answer::yes, tws::answer::no, tws::answer::not_applicable}
            [static_cast<std::size_t>(i++ % 3)];
        if (a.value == tws::answer::not_applicable) {
          a.reason = "why \"not\"\n\ttab \x01";
          a.expires = std::array{"2026-01-01", "2026-11-27", "2099-12-31",
                                 ""}[static_cast<std::size_t>(i % 4)];
          a.approved_by = i % 3 == 0 ? "" : "T. \"Test\"";
        }
      }
      for (auto& [id, o] : doc.overrides) {
        o.expires = std::array{"2026-11-26", "", "2020-02-29"}[static_cast<std::size_t>(i++ % 3)];
        o.approved_by = "inspector";
      }
      for (auto& [id, c] : doc.diagnosis) {
        const auto k = i++ % 4;
        c = {};
        if (k == 0) c.status = tws::check_outcome::kind::passed;
        if (k == 1) c.status = tws::check_outcome::kind::not_applicable;
        if (k == 2) {
          // Imported: two scans, the worse finding from one of them.
          c.status = tws::check_outcome::kind::findings;
          c.object_form = true;
          c.sources = {{"nmap:1a2b", "scan \"a\".xml", ""}, {"nmap:3c4d", "b.xml", "port closed"}};
          c.findings.push_back({tws::severity::high, "TLS \"1.0\" \\ open", "scan.xml#3", "nmap:1a2b"});
          c.findings.push_back({tws::severity::low, "", "", ""});
        }
        if (k == 3) {
          // Not performed: why, from the scan that did not cover it and the note.
          c.object_form = true;
          c.sources = {{"nmap:5e6f", "c.xml", "no web server found"}};
          c.note = "retest after the move";
        }
      }
      for (auto& [id, d] : doc.decisions) {
        if (d.value == tws::decision::not_needed) {
          d.expires = i++ % 2 == 0 ? "2026-12-20" : "2026-10-01";
          d.approved_by = "CISO";
        }
        if (d.value == tws::decision::planned || d.value == tws::decision::not_needed) continue;
        d.value = i++ % 2 == 0 ? tws::decision::implemented : tws::decision::undecided;
      }
      if (shift % 2 == 1) {
        doc.date.clear();
        doc.facility_name.clear();
      }
      same_text(doc);
    }
  }
}
