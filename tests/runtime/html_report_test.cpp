// html_report.hpp: the printable page, worked by hand on one-gap.json (every
// question yes but 1.1.1, every check passed: audit D, diagnosis A, 認証不可).

#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <string>

#include "test_files.hpp"

#include "teleworksec/io/html_report.hpp"
#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;

tws::assessment_document one_gap() {
  return tws::read_assessment(
      test_files::read_file(std::filesystem::path{TELEWORKSEC_SOURCE_DIR} /
                            "tests/cli/data/one-gap.json"),
      "one-gap.json");
}

std::string page_of(const tws::assessment_document& doc, std::string_view lang) {
  std::string text;
  tws::visit_catalog(doc.catalog, [&](auto c) {
    text = tws::html_report_text(c, doc, tws::evaluate(c, tws::to_assessment(c, doc)), lang);
  });
  return text;
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html_report.one_gap_english") {
  const auto page = page_of(one_gap(), "en");
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(count(page, "<script") == 0);
  CHECK(count(page, "http") == 0);  // nothing fetched: no link, no external resource
  CHECK(page.find("<p class=\"level\" id=\"level\">Not certifiable</p>") != std::string::npos);
  CHECK(page.find("<dt>Audit grade</dt><dd>D</dd>") != std::string::npos);
  CHECK(page.find("<dt>Diagnosis grade</dt><dd>A</dd>") != std::string::npos);
  // One bar per category, six categories.
  CHECK(count(page, "<svg class=\"bar\"") == 6);
  // Category 1 has five audit items, four compliant and 1.1 partial: 4/5 of
  // 300 units green, the remaining 60 amber.
  CHECK(page.find("<rect x=\"0\" y=\"0\" width=\"240\" height=\"16\" fill=\"#2e7d32\"/>"
                  "<rect x=\"240\" y=\"0\" width=\"60\" height=\"16\" fill=\"#f9a825\"/>") !=
        std::string::npos);
  // Audit D blocks ★★ (A–C needed), and item 1 with its failing question.
  CHECK(page.find("<h2>What blocks ★★ Reassuring</h2>") != std::string::npos);
  CHECK(page.find("<td>audit grade</td><td>D</td><td>A–C</td>") != std::string::npos);
  CHECK(page.find("<td>certification-v2/audit/1 Security policy</td><td>partial: "
                  "coworking-v2/1.1.1</td><td>●</td>") != std::string::npos);
  CHECK(page.find("@page { size: A4;") != std::string::npos);
}

TEST_CASE("html_report.japanese_and_escaped") {
  auto doc = one_gap();
  doc.facility_name = "<b>A&B</b>\xE2\x80\xAE";
  {
    auto& na = doc.answers["coworking-v2/2.6.1"];
    na.value = tws::answer::not_applicable;
    na.reason = "<img src=x onerror=alert(1)>";
    na.object_form = true;
  }
  const auto page = page_of(doc, "ja");
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"ja\">", 0) == 0);
  CHECK(page.find("<p class=\"level\" id=\"level\">認証不可</p>") != std::string::npos);
  CHECK(page.find("<h1>セキュリティ評価：&lt;b&gt;A&amp;B&lt;/b&gt;[U+202E]</h1>") !=
        std::string::npos);
  CHECK(page.find("<td>coworking-v2/2.6.1</td><td>&lt;img src=x onerror=alert(1)&gt;</td>") !=
        std::string::npos);
  CHECK(count(page, "<img") == 0);
  CHECK(count(page, "<b>") == 0);
}
