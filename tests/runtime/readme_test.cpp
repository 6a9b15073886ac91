// The README's rule tables are generated from the catalog data: this test
// regenerates them and fails when the README drifts from the data.

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "fixtures.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2_program;
using tws::catalogs::coworking_v2_checklist;

std::string marks_cells(const std::array<tws::mark, tws::column_count>& marks) {
  std::string s;
  for (auto m : marks) s += " " + std::string{tws::symbol(m)} + " |";
  return s;
}

std::string audit_table() {
  std::string s =
      "| # | measure | tier | 確認内容 | ★ | ★★ | ★★★ |\n|---|---|---|---|:-:|:-:|:-:|\n";
  for (std::size_t i = 0; i < certification_v2_program.audit_items.size(); ++i) {
    const auto& item = certification_v2_program.audit_items[i];
    s += "| " + std::to_string(item.no) + " | " +
         std::string{tws::measure_id(tws::catalogs::certification_v2, i).view()} + " " +
         std::string{coworking_v2_checklist.measures[i].en} + " | " +
         std::string{tws::to_string(item.tier)} + " | " + std::string{item.ja} + " |" +
         marks_cells(item.marks) + "\n";
  }
  return s;
}

std::string diagnosis_table() {
  std::string s = "| # | area | check | ★ | ★★ | ★★★ |\n|---|---|---|:-:|:-:|:-:|\n";
  for (const auto& k : certification_v2_program.checks) {
    s += "| " + std::to_string(k.no) + " | " +
         (k.area == tws::check_area::network ? "network" : "Wi-Fi") + " | " + std::string{k.en} +
         " (" + std::string{k.subject_ja} + ") |" + marks_cells(k.marks) + "\n";
  }
  return s;
}

// "A" or "A–C": the grades at least as good as `worst`.
std::string grade_range(tws::grade worst) {
  return worst == tws::grade::A ? "A" : "A–" + std::string{tws::to_string(worst)};
}

std::string level_table() {
  constexpr const char* column_names[] = {"★", "★★", "★★★"};
  std::string s =
      "| level | 評価 | audit grade | diagnosis grade | column met in both tables |\n"
      "|---|---|:-:|:-:|:-:|\n";
  for (const auto& l : certification_v2_program.levels) {
    if (l.stars == 0) {
      s += "| 0 | " + std::string{l.name_ja} + " (" + std::string{l.name_en} +
           ") | otherwise | | |\n";
      continue;
    }
    std::string stars;
    for (int i = 0; i < l.stars; ++i) stars += "★";
    s += "| " + stars;
    s += " | " + std::string{l.name_ja} + " (" + std::string{l.name_en} + ") | " +
         grade_range(l.max_audit) + " | " + grade_range(l.max_diagnosis) + " | " +
         column_names[static_cast<std::size_t>(l.column_required)] + " |\n";
  }
  return s;
}

std::string readme() {
  std::ifstream in{TELEWORKSEC_README};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the README's rule tables match the catalog data", "[readme]") {
  const auto text = readme();
  REQUIRE_FALSE(text.empty());
  for (const auto& table : {audit_table(), diagnosis_table(), level_table()}) {
    INFO("expected in README.md:\n" << table);
    CHECK(text.find(table) != std::string::npos);
  }
}
