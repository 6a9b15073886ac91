// sarif.hpp: which rules, results, levels and suppressions a rating gives,
// worked by hand on small assessments (SPEC §4 for the certification program;
// the severity and column mappings are the README's, section "SARIF").

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_files.hpp"

#include "teleworksec/io/json.hpp"
#include "teleworksec/io/sarif.hpp"

namespace {

namespace tws = teleworksec;
using nlohmann::json;

tws::assessment_document sample(const char* path) {
  return tws::read_assessment(
      test_files::read_file(std::filesystem::path{TELEWORKSEC_SOURCE_DIR} / path), path);
}

json sarif_of(const tws::assessment_document& doc, std::string_view file = "space.json") {
  std::string text;
  tws::visit_catalog(doc.catalog, [&](auto c) {
    text = tws::sarif_text(c, doc, tws::evaluate(c, tws::to_assessment(c, doc)), file);
  });
  return json::parse(text);
}

// "ruleId level suppressed?" of each result, in order.
std::vector<std::string> summary(const json& log) {
  std::vector<std::string> out;
  for (const auto& r : log["runs"][0]["results"]) {
    out.push_back(r["ruleId"].get<std::string>() + " " + r["level"].get<std::string>() +
                  (r.contains("suppressions") ? " suppressed" : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("sarif.one_gap") {
  // one-gap.json: every question yes but 1.1.1, every check passed. Measure
  // 1.1 is partial; audit item 1 is ● in every column, so it fails ★ already:
  // it blocks ★★, an error. Nothing else is unmet.
  const auto log = sarif_of(sample("tests/cli/data/one-gap.json"));
  CHECK(log["version"] == "2.1.0");
  const auto& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["rules"].size() == 64);  // 32 audit items, 32 checks
  CHECK(run["tool"]["driver"]["rules"][0]["id"] == "certification-v2/audit/1");
  CHECK(run["tool"]["driver"]["rules"][0]["name"] == "SecurityPolicy");
  CHECK(run["tool"]["driver"]["rules"][32]["id"] == "certification-v2/vuln/1");
  CHECK(summary(log) == std::vector<std::string>{"certification-v2/audit/1 error"});
  const auto& result = run["results"][0];
  CHECK(result["ruleIndex"] == 0);
  CHECK(result["message"]["text"] ==
        "certification-v2/audit/1 Security policy: partial; failing: coworking-v2/1.1.1 (no)");
  CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "space.json");
  CHECK(result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
  CHECK(result["partialFingerprints"].size() == 1);
}

TEST_CASE("sarif.exclusions_overrides_findings") {
  auto doc = sample("tests/cli/data/one-gap.json");
  // 2.6.1 excluded: audit item 11 (2.6, advanced) is - ▲ ●, so were it
  // unmet it would first block ★★★: a warning, suppressed with the reason.
  {
    auto& na = doc.answers["coworking-v2/2.6.1"];
    na.value = tws::answer::not_applicable;
    na.reason = "no biometric readers";
    na.object_form = true;
  }
  // An inspector sets item 1 compliant: the answers alone leave it partial
  // (an error, as above), now suppressed with who set it and why.
  doc.overrides["certification-v2/audit/1"] = {tws::status::compliant, "K. Sato", "seen on site", {}, {}};
  // Check 31 (▲ ● ●) has a high and a low finding: an error and a note.
  tws::check_entry wep;
  wep.status = tws::check_outcome::kind::findings;
  wep.findings = {{tws::severity::high, "WEP on guest AP", "wifi.xml", ""},
                  {tws::severity::low, "SSID names the model", "wifi.xml", "nmap:1"}};
  wep.sources = {{"nmap:1", "wifi.xml", ""}};
  doc.diagnosis["certification-v2/vuln/31"] = wep;
  // Check 5 (- ▲ ●) left out: not performed fails ★★ (▲): blocks ★★★, a warning.
  doc.diagnosis.erase("certification-v2/vuln/5");
  const auto log = sarif_of(doc);
  CHECK(summary(log) == std::vector<std::string>{"certification-v2/audit/1 error suppressed",
                                                 "certification-v2/audit/11 warning suppressed",
                                                 "certification-v2/vuln/5 warning",
                                                 "certification-v2/vuln/31 error",
                                                 "certification-v2/vuln/31 note"});
  const auto& results = log["runs"][0]["results"];
  CHECK(results[0]["suppressions"][0]["justification"] == "set to compliant by K. Sato: seen on site");
  CHECK(results[0]["suppressions"][0]["kind"] == "external");
  CHECK(results[1]["suppressions"][0]["justification"] == "no biometric readers");
  // The imported finding points at its scan as well; the hand-entered one only at the file.
  CHECK(results[3]["locations"].size() == 1);
  CHECK(results[4]["locations"].size() == 2);
  CHECK(results[4]["locations"][1]["physicalLocation"]["artifactLocation"]["uri"] == "wifi.xml");
}

TEST_CASE("sarif.text_stays_text") {
  auto doc = sample("tests/cli/data/one-gap.json");
  {
    auto& na = doc.answers["coworking-v2/1.1.1"];
    na.value = tws::answer::not_applicable;
    na.reason = "see [here](http://x) \xE2\x80\xAE";
    na.object_form = true;
  }
  const auto log = sarif_of(doc, "./my dir/space<1>.json");
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 1);
  // A justification is plain text, not a message (no embedded links): kept,
  // but the bidi override shown.
  CHECK(results[0]["suppressions"][0]["justification"] == "see [here](http://x) [U+202E]");
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "my%20dir/space%3C1%3E.json");
  // A message's brackets and backslashes are escaped (SARIF §3.11.6).
  CHECK(tws::detail::sarif::message_text("a [b] \\ c") == "a \\[b\\] \\\\ c");
}

TEST_CASE("sarif.other_kinds") {
  // csaj-plan.json and the telework samples: a rule per statement, item or
  // measure; an open SHALL is an error, a tailored-out statement suppressed.
  for (const auto* path : {"tests/data/telework/csaj-plan.json", "tests/data/telework/mic-gap.json",
                           "tests/data/telework/cu-residual.json"}) {
    INFO(path);
    const auto doc = sample(path);
    const auto log = sarif_of(doc);
    std::size_t items = 0;
    tws::visit_catalog(doc.catalog, [&](auto c) { items = decltype(c)::item_count; });
    CHECK(log["runs"][0]["tool"]["driver"]["rules"].size() == items);
    CHECK(!log["runs"][0]["results"].empty());
  }
  auto doc = sample("tests/data/telework/csaj-conformant.json");
  // Tailor out one SHALL with a justification: a suppressed error.
  {
    auto& tailored = doc.decisions["csaj-home-2018/5.1.1.1"];
    tailored.value = tws::decision::not_needed;
    tailored.justification = "no lent PCs";
    tailored.object_form = true;
  }
  const auto log = sarif_of(doc);
  bool found = false;
  for (const auto& r : log["runs"][0]["results"]) {
    if (r["ruleId"] != "csaj-home-2018/5.1.1.1") continue;
    found = true;
    CHECK(r["level"] == "error");
    CHECK(r["suppressions"][0]["justification"] == "no lent PCs");
  }
  CHECK(found);
}
