#pragma once

// The rating rules as Markdown tables, printed from the same constexpr data the
// engine reads. The README's tables are this output (tests/runtime/readme_test.cpp
// fails when they drift) and `teleworksec rules` prints it. Needs only the core.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "report.hpp"
#include "teleworksec/teleworksec.hpp"

namespace cli {

/// "★★★" for 3; "" for 0.
inline std::string stars(std::uint8_t n) {
  std::string s;
  for (std::uint8_t i = 0; i < n; ++i) s += "★";
  return s;
}

/// The grades from A up to `worst`: "A", "A–C".
inline std::string grade_range(teleworksec::grade worst) {
  return worst == teleworksec::grade::A ? "A" : "A–" + std::string{teleworksec::to_string(worst)};
}

namespace markdown {

namespace tws = teleworksec;
using tws::catalogs::certification_v2_program;
using tws::catalogs::coworking_v2_checklist;

inline constexpr std::string_view column_names[] = {"★", "★★", "★★★"};

inline std::string marks_cells(const std::array<tws::mark, tws::column_count>& marks) {
  std::string s;
  for (auto m : marks) s += concat(" ", tws::symbol(m), " |");
  return s;
}

/// ### 情報セキュリティ監査 評価一覧: the audit items with their marks per column.
inline std::string audit_table() {
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

/// ### 脆弱性診断 評価一覧: the diagnosis checks with their marks per column.
inline std::string diagnosis_table() {
  std::string s = "| # | area | check | ★ | ★★ | ★★★ |\n|---|---|---|:-:|:-:|:-:|\n";
  for (const auto& k : certification_v2_program.checks) {
    s += concat("| ", std::to_string(k.no), " | ",
                k.area == tws::check_area::network ? "network" : "Wi-Fi", " | ", k.en, " (",
                k.subject_ja, ") |", marks_cells(k.marks), "\n");
  }
  return s;
}

/// ### 認証レベル: the grades and the column each level needs.
inline std::string level_table() {
  std::string s =
      "| level | 評価 | audit grade | diagnosis grade | column met in both tables |\n"
      "|---|---|:-:|:-:|:-:|\n";
  for (const auto& l : certification_v2_program.levels) {
    if (l.stars == 0) {
      s += "| 0 | " + std::string{l.name_ja} + " (" + std::string{l.name_en} +
           ") | otherwise | | |\n";
      continue;
    }
    s += "| " + stars(l.stars);
    s += " | " + std::string{l.name_ja} + " (" + std::string{l.name_en} + ") | " +
         grade_range(l.max_audit) + " | " + grade_range(l.max_diagnosis) + " | " +
         std::string{column_names[static_cast<std::size_t>(l.column_required)]} + " |\n";
  }
  return s;
}

/// An A–E grade table of 001 (情報セキュリティ監査 or 脆弱性診断).
inline std::string grade_table(const std::array<tws::grade_def, 5>& grades) {
  std::string s = "| grade | リスク | 説明 |\n|:-:|:-:|---|\n";
  for (const auto& g : grades) {
    s += "| " + std::string{tws::to_string(g.grade)} + " | " + std::string{g.risk_ja} + " | " +
         std::string{g.description_ja} + " |\n";
  }
  return s;
}

/// The facility facts with the number of questions each one conditions.
inline std::string fact_table() {
  std::string s = "| fact | 条件 | meaning | questions |\n|---|---|---|:-:|\n";
  for (std::size_t f = 0; f < coworking_v2_checklist.facts.size(); ++f) {
    const auto& def = coworking_v2_checklist.facts[f];
    s += "| `" + std::string{def.id} + "` | " + std::string{def.ja} + " | " + std::string{def.en} +
         " | " + std::to_string(tws::catalogs::coworking_v2_scoring.questions_needing[f].count()) +
         " |\n";
  }
  return s;
}

/// The measures of the checklist with their question counts.
inline std::string measure_table() {
  std::string s = "| measure | tier | 対策 | title | questions |\n|---|---|---|---|:-:|\n";
  for (std::size_t m = 0; m < coworking_v2_checklist.measures.size(); ++m) {
    const auto& def = coworking_v2_checklist.measures[m];
    s += "| " + std::string{tws::measure_id(tws::catalogs::coworking_v2, m).view()} + " | " +
         std::string{tws::to_string(def.tier)} + " | " + std::string{def.ja} + " | " +
         std::string{def.en} + " | " +
         std::to_string(tws::catalogs::coworking_v2_scoring.measure_questions[m].count()) + " |\n";
  }
  return s;
}

/// Every table of a catalog's rules under `###` headings: for certification-v2
/// the levels, both 評価一覧 and both grade tables; for coworking-v2 the facts,
/// the measures, the audit table and the (indicative) levels.
template <class Catalog>
std::string rules(Catalog /*catalog*/) {
  const auto part = [](std::string_view heading, const std::string& table) {
    return "### " + std::string{heading} + "\n\n" + table + "\n";
  };
  if constexpr (Catalog::check_count == 0) {
    return part("施設の条件 (facts)", fact_table()) + part("対策 (measures)", measure_table()) +
           part("情報セキュリティ監査 評価一覧", audit_table()) +
           part("認証レベル (indicative: coworking-v2 has no diagnosis)", level_table()) +
           part("情報セキュリティ監査 評価基準",
                grade_table(certification_v2_program.audit_grades));
  } else {
    return part("認証レベル", level_table()) +
           part("情報セキュリティ監査 評価一覧", audit_table()) +
           part("脆弱性診断 評価一覧", diagnosis_table()) +
           part("情報セキュリティ監査 評価基準",
                grade_table(certification_v2_program.audit_grades)) +
           part("脆弱性診断 評価基準", grade_table(certification_v2_program.diagnosis_grades));
  }
}

}  // namespace markdown
}  // namespace cli
