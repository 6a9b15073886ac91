// The OSCAL layer: SHA-1 and UUIDv5 (detail/sha1.hpp, io/uuid.hpp) against
// published test vectors, the token form of our IDs (io/oscal_token.hpp),
// Markdown escaping (io/text_escape.hpp), and, on one small hand-worked
// assessment per kind, which findings of oscal_results_text() are satisfied
// (io/oscal_results.hpp) and that the catalog of oscal_catalog_text() has
// their controls (io/oscal_catalog.hpp). The schema itself is checked by
// tests/schema/oscal_validate.py.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "teleworksec/io/json.hpp"
#include "teleworksec/io/oscal_results.hpp"

namespace {

namespace tws = teleworksec;
using nlohmann::json;

// The hex text of a SHA-1 digest.
std::string sha1_hex(std::string_view s) {
  tws::detail::sha1 h;
  h.update(s);
  std::string out;
  for (const auto b : h.digest()) {
    constexpr std::string_view hex = "0123456789abcdef";
    out += hex[b >> 4U];
    out += hex[b & 0xFU];
  }
  return out;
}

// The rated OSCAL assessment results of an assessment given as JSON text.
json oscal_of(const std::string& text) {
  const auto doc = tws::read_assessment(text, "test.json");
  std::string out;
  tws::visit_catalog(doc.catalog, [&](auto c) {
    out = tws::oscal_results_text(c, doc, tws::evaluate(c, tws::to_assessment(c, doc)));
  });
  return json::parse(out);
}

// The finding whose target is the statement of the control with our ID `id`.
json finding_on(const json& ar, const std::string& id) {
  for (const auto& f : ar["assessment-results"]["results"][0]["findings"]) {
    if (f["target"]["target-id"] == tws::oscal_token(id) + "_smt") return f;
  }
  FAIL("no finding on " << id);
  return {};
}

std::string state_of(const json& ar, const std::string& id) {
  return finding_on(ar, id)["target"]["status"]["state"].get<std::string>();
}

// The value of our prop `name` in a list of props ("" when absent).
std::string prop_of(const json& node, const std::string& name) {
  for (const auto& p : node.value("props", json::array())) {
    if (p["name"] == name && p["ns"] == tws::oscal_namespace) return p["value"].get<std::string>();
  }
  return "";
}

// Whether the exported catalog `c` has a control with this token.
template <class C>
bool catalog_has_control(C c, const std::string& token) {
  const auto text = tws::oscal_catalog_text(c);
  return text.find("\"id\": \"" + token + "\"") != std::string::npos &&
         text.find("\"id\": \"" + token + "_smt\"") != std::string::npos;
}

}  // namespace

TEST_CASE("oscal.sha1_fips_180_vectors") {
  // FIPS 180-2 appendix A (and the empty message).
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("oscal.uuid5_vectors") {
  // RFC 9562 appendix A.4; Python's uuid.uuid5(NAMESPACE_DNS, "python.org").
  CHECK(tws::uuid5(tws::dns_namespace, "www.example.com").text() ==
        "2ed6657d-e927-568b-95e1-2665a8aea6a2");
  CHECK(tws::uuid5(tws::dns_namespace, "python.org").text() ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // Ours: uuid.uuid5(uuid.NAMESPACE_URL, "urn:teleworksec:ns:oscal") in Python.
  CHECK(tws::oscal_uuid_namespace.text() == "cfcf6306-286b-568c-841f-8cf7f0c9d9da");
  STATIC_REQUIRE(tws::uuid5(tws::url_namespace, "a") == tws::uuid5(tws::url_namespace, "a"));
  STATIC_REQUIRE(!(tws::uuid5(tws::url_namespace, "a") == tws::uuid5(tws::url_namespace, "b")));
}

TEST_CASE("oscal.token_form_of_ids") {
  CHECK(tws::oscal_token("coworking-v2/3.4.3") == "coworking-v2_3.4.3");
  CHECK(tws::oscal_token("mic-telework-v4/admin/13") == "mic-telework-v4_admin_13");
  CHECK(tws::oscal_token("coworking-user/risk/1.2") == "coworking-user_risk_1.2");
  // A catalog of one's own may have "_" in a role: doubled, so it reads back.
  CHECK(tws::oscal_token("home-office/home_worker/1") == "home-office_home__worker_1");
  for (const std::string id : {"coworking-v2/3.4.3", "certification-v2/vuln/31",
                               "csaj-home-2018/5.2.2.1", "home-office/home_worker/1"}) {
    CHECK(tws::id_of_oscal_token(tws::oscal_token(id)) == id);
  }
}

TEST_CASE("oscal.markdown_escape") {
  using tws::markdown_escape;
  using tws::markdown_field;
  CHECK(markdown_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(markdown_escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))");
  CHECK(markdown_escape("![i](https://e.example/i.png)") == "!\\[i\\](https://e.example/i.png)");
  CHECK(markdown_escape("*a* _b_ `c` ~d~ |e| \\") ==
        "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\|e\\| \\\\");
  CHECK(markdown_escape("&amp; & x") == "&amp;amp; &amp; x");
  // Block markers only where a line starts (after at most some spaces).
  CHECK(markdown_escape("# h\n  - item\n1. one\n12) two\na-b #c 3.4") ==
        "\\# h\n  \\- item\n1\\. one\n12\\) two\na-b #c 3.4");
  // Bidi and control characters made visible; CR LF a line break.
  CHECK(markdown_escape("a\u202Eb\u2066c\td") == "a[U+202E]b[U+2066]c[U+0009]d");
  CHECK(markdown_escape("x\r\ny\rz") == "x\ny[U+000D]z");
  CHECK(markdown_escape("a\nb", markdown_field::line) == "a[U+000A]b");
  CHECK(markdown_escape("渋谷 ラウンジ 🙂") == "渋谷 ラウンジ 🙂");
}

TEST_CASE("oscal.certification_findings_by_hand") {
  // 1.1: its three questions yes -> compliant -> satisfied. 1.2: 1.2.1 yes,
  // 1.2.2 no -> partial -> not satisfied, and its audit item 2 (● in every
  // column) too. 2.5 (membership): 2.5.1 yes, 2.5.2 no -> partial; audit item
  // 10 is - ▲ ● -> met in columns ★ and ★★, not ★★★ -> not satisfied.
  // 6.1: its one question needs web_meetings, stated false -> not
  // applicable -> satisfied. Checks: passed and not_applicable satisfied;
  // findings (high: grade D) and not performed (stated or left out) not.
  const auto ar = oscal_of(R"({"schema": "teleworksec/assessment/v1", "catalog": "certification-v2",
    "date": "2026-11-26",
    "facility": {"name": "Test Space", "facts": {"membership": true, "web_meetings": false}},
    "answers": {
      "coworking-v2/1.1.1": {"answer": "yes", "evidence": [{"kind": "document", "ref": "policy.pdf"}]},
      "coworking-v2/1.1.2": {"answer": "yes", "evidence": [{"kind": "interview", "ref": "CISO"}]},
      "coworking-v2/1.1.3": "yes",
      "coworking-v2/1.2.1": "yes", "coworking-v2/1.2.2": "no",
      "coworking-v2/2.5.1": "yes", "coworking-v2/2.5.2": "no"},
    "diagnosis": {
      "certification-v2/vuln/1": "passed",
      "certification-v2/vuln/3": "not_applicable",
      "certification-v2/vuln/5": "not_performed",
      "certification-v2/vuln/31": {"status": "findings", "findings": [
        {"severity": "high", "title": "WEP", "ref": "scan.xml"}]}}})");
  CHECK(state_of(ar, "coworking-v2/1.1") == "satisfied");
  CHECK(state_of(ar, "coworking-v2/1.2") == "not-satisfied");
  CHECK(prop_of(finding_on(ar, "coworking-v2/1.2"), "status") == "partial");
  CHECK(state_of(ar, "certification-v2/audit/2") == "not-satisfied");
  CHECK(prop_of(finding_on(ar, "certification-v2/audit/2"), "met-column-1") == "false");
  CHECK(state_of(ar, "coworking-v2/2.5") == "not-satisfied");
  const auto item10 = finding_on(ar, "certification-v2/audit/10");
  CHECK(item10["target"]["status"]["state"] == "not-satisfied");
  CHECK(prop_of(item10, "met-column-1") == "true");
  CHECK(prop_of(item10, "met-column-2") == "true");
  CHECK(prop_of(item10, "met-column-3") == "false");
  CHECK(state_of(ar, "coworking-v2/6.1") == "satisfied");
  CHECK(prop_of(finding_on(ar, "coworking-v2/6.1"), "status") == "not_applicable");
  CHECK(state_of(ar, "certification-v2/vuln/1") == "satisfied");
  CHECK(state_of(ar, "certification-v2/vuln/3") == "satisfied");
  CHECK(state_of(ar, "certification-v2/vuln/5") == "not-satisfied");
  CHECK(state_of(ar, "certification-v2/vuln/2") == "not-satisfied");  // left out: not performed
  CHECK(state_of(ar, "certification-v2/vuln/31") == "not-satisfied");
  CHECK(prop_of(finding_on(ar, "certification-v2/vuln/31"), "grade") == "D");
  // One finding per measure, audit item and check: 32 + 32 + 32.
  const auto& result = ar["assessment-results"]["results"][0];
  CHECK(result["findings"].size() == 96);
  // Observations: 7 answers and 4 diagnosis entries; 1.1's finding relates
  // its three answers. Evidence kinds give the methods.
  CHECK(result["observations"].size() == 11);
  CHECK(finding_on(ar, "coworking-v2/1.1")["related-observations"].size() == 3);
  for (const auto& o : result["observations"]) {
    if (o["title"] == "Answer to coworking-v2/1.1.1")
      CHECK(o["methods"] == json::array({"EXAMINE"}));
    if (o["title"] == "Answer to coworking-v2/1.1.2")
      CHECK(o["methods"] == json::array({"INTERVIEW"}));
    if (o["title"] == "Diagnosis check certification-v2/vuln/31")
      CHECK(o["methods"] == json::array({"TEST"}));
  }
  // The result's props; the facility's facts (stated, or true when left out).
  CHECK(prop_of(result, "fingerprint") ==
        tws::fingerprint_hex(tws::fingerprint_v<tws::catalogs::certification_v2_t>));
  CHECK(prop_of(result, "provisional") == "true");
  CHECK(prop_of(result, "diagnosis-grade") == "D");  // the worst performed check
  const auto& facility = result["local-definitions"]["inventory-items"][0];
  CHECK(prop_of(facility, "web_meetings") == "false");
  CHECK(prop_of(facility, "wifi") == "true");
  CHECK(ar["assessment-results"]["metadata"]["last-modified"] == "2026-11-26T00:00:00Z");
  // Every finding's target is a control of the exported catalog.
  for (const auto& f : result["findings"]) {
    const auto target = f["target"]["target-id"].get<std::string>();
    CHECK(
        catalog_has_control(tws::catalogs::certification_v2, target.substr(0, target.size() - 4)));
  }
}

TEST_CASE("oscal.self_check_findings_by_hand") {
  // executive/1 yes -> implemented; admin/1 no -> not implemented; worker/1
  // "na" -> not applicable, which leaves nothing to satisfy.
  const auto ar = oscal_of(R"({"schema": "teleworksec/assessment/v1", "catalog": "mic-telework-v4",
    "answers": {"mic-telework-v4/executive/1": "yes", "mic-telework-v4/admin/1": "no",
                "mic-telework-v4/worker/1": {"answer": "na", "reason": "no staff"}}})");
  CHECK(state_of(ar, "mic-telework-v4/executive/1") == "satisfied");
  CHECK(state_of(ar, "mic-telework-v4/admin/1") == "not-satisfied");
  CHECK(state_of(ar, "mic-telework-v4/worker/1") == "satisfied");
  CHECK(prop_of(finding_on(ar, "mic-telework-v4/worker/1"), "status") == "not_applicable");
  CHECK(ar["assessment-results"]["results"][0]["findings"].size() == 43);  // every item
  // No date: the fixed timestamp.
  CHECK(ar["assessment-results"]["results"][0]["start"] == tws::oscal_fixed_timestamp);
}

TEST_CASE("oscal.policy_findings_by_hand") {
  // Implemented and tailored out (with a justification) satisfy a statement;
  // planned and undecided do not.
  const auto ar = oscal_of(R"({"schema": "teleworksec/assessment/v1", "catalog": "csaj-home-2018",
    "date": "2026-11-26",
    "decisions": {"csaj-home-2018/5.1.1.1": "implemented",
                  "csaj-home-2018/5.1.1.2": {"decision": "planned", "deadline": "2026-01-31"},
                  "csaj-home-2018/5.1.2.1": {"decision": "not_needed", "justification": "no PCs"}}})");
  CHECK(state_of(ar, "csaj-home-2018/5.1.1.1") == "satisfied");
  CHECK(state_of(ar, "csaj-home-2018/5.1.1.2") == "not-satisfied");
  CHECK(prop_of(finding_on(ar, "csaj-home-2018/5.1.1.2"), "overdue") == "true");  // before the date
  CHECK(state_of(ar, "csaj-home-2018/5.1.2.1") == "satisfied");
  CHECK(state_of(ar, "csaj-home-2018/5.1.2.2") == "not-satisfied");
  CHECK(prop_of(ar["assessment-results"]["results"][0], "conformant") == "false");
}

TEST_CASE("oscal.risk_findings_by_hand") {
  // Measure 5.1 yes; 3.1 and 3.2 no; 5.3 "na". Risk 3.2 is mitigated by 5.1,
  // 5.2 and 5.3 (README, Interpretations): 5.1 is implemented, so it is not
  // residual. Risk 3.1 is mitigated by 3.1 and 3.2 only: residual.
  const auto ar = oscal_of(R"({"schema": "teleworksec/assessment/v1", "catalog": "coworking-user",
    "answers": {"coworking-user/5.1": "yes", "coworking-user/3.1": "no", "coworking-user/3.2": "no",
                "coworking-user/5.3": "na"}})");
  CHECK(state_of(ar, "coworking-user/5.1") == "satisfied");
  CHECK(state_of(ar, "coworking-user/3.1") == "not-satisfied");
  CHECK(state_of(ar, "coworking-user/5.2") == "not-satisfied");  // unanswered counts as no
  CHECK(state_of(ar, "coworking-user/5.3") == "satisfied");
  CHECK(state_of(ar, "coworking-user/risk/3.2") == "satisfied");
  CHECK(state_of(ar, "coworking-user/risk/3.1") == "not-satisfied");
  CHECK(prop_of(finding_on(ar, "coworking-user/risk/3.1"), "residual") == "true");
}

TEST_CASE("oscal.same_input_same_bytes_and_hostile_text") {
  const std::string hostile =
      R"(<img src=x onerror=alert(1)> [a](javascript:alert(1)) \u202Egnp.exe)";
  const std::string text = R"({"schema": "teleworksec/assessment/v1", "catalog": "coworking-user",
    "facility": {"name": ")" +
                           hostile + R"("},
    "answers": {"coworking-user/1.1": {"answer": "na", "reason": ")" +
                           hostile + R"("}}})";
  const auto doc = tws::read_assessment(text, "test.json");
  const auto c = tws::catalogs::coworking_user;
  const auto r = tws::evaluate(c, tws::to_assessment(c, doc));
  const auto first = tws::oscal_results_text(c, doc, r);
  CHECK(first == tws::oscal_results_text(c, doc, r));
  CHECK(first.find("<img") == std::string::npos);
  CHECK(first.find(" [a](javascript") == std::string::npos);
  CHECK(first.find("\u202E") == std::string::npos);
  CHECK(
      first.find(
          "&lt;img src=x onerror=alert(1)&gt; \\\\[a\\\\](javascript:alert(1)) [U+202E]gnp.exe") !=
      std::string::npos);
  // Another name: another document, so other UUIDs.
  auto renamed = doc;
  renamed.facility_name = "Other";
  const auto other = json::parse(tws::oscal_results_text(c, renamed, r));
  CHECK(other["assessment-results"]["uuid"] != json::parse(first)["assessment-results"]["uuid"]);
}

TEST_CASE("oscal.catalog_controls") {
  // Controls keep our IDs, in token form, each with its statement part.
  CHECK(catalog_has_control(tws::catalogs::coworking_v2, "coworking-v2_3.4.3"));
  CHECK(catalog_has_control(tws::catalogs::certification_v2, "certification-v2_vuln_31"));
  CHECK(catalog_has_control(tws::catalogs::mic_telework_v4, "mic-telework-v4_admin_13"));
  CHECK(catalog_has_control(tws::catalogs::csaj_home_2018, "csaj-home-2018_5.2.2.1"));
  CHECK(catalog_has_control(tws::catalogs::coworking_user, "coworking-user_risk_1.2"));
  CHECK(!catalog_has_control(tws::catalogs::coworking_v2, "certification-v2_vuln_31"));
  CHECK(tws::oscal_catalog_text(tws::catalogs::csaj_home_2018) ==
        tws::oscal_catalog_text(tws::catalogs::csaj_home_2018));
}

TEST_CASE("oscal.timestamps_from_dates") {
  // The assessment's date at midnight UTC; without one, or for a year OSCAL's
  // date-time pattern does not fully take, the fixed timestamp.
  CHECK(tws::oscal_timestamp("2026-11-26") == "2026-11-26T00:00:00Z");
  CHECK(tws::oscal_timestamp("2000-02-29") == "2000-02-29T00:00:00Z");
  CHECK(tws::oscal_timestamp("") == tws::oscal_fixed_timestamp);
  CHECK(tws::oscal_timestamp("1996-02-29") == tws::oscal_fixed_timestamp);
  CHECK(tws::oscal_timestamp("3000-01-01") == tws::oscal_fixed_timestamp);
}
