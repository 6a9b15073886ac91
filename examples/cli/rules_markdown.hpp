#pragma once

// The README's rating tables as Markdown, printed from the same constexpr data
// the engines read (tests/runtime/readme_test.cpp fails when the README
// drifts from them); `teleworksec rules` prints the certification ones. Each
// takes the catalog it prints, the shipped one by default.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "wording.hpp"

namespace cli::markdown {

/// The star columns of the 評価一覧 tables.
inline constexpr std::string_view column_names[] = {"★", "★★", "★★★"};

/// " ● | ▲ | - |": the marks of a row, one cell per column.
inline std::string marks_cells(const std::array<tws::mark, tws::column_count>& marks) {
  std::string s;
  for (auto m : marks) s += " " + std::string{tws::symbol(m)} + " |";
  return s;
}

/// ### 情報セキュリティ監査 評価一覧: the audit items with their marks per column.
template <certification_catalog C = tws::catalogs::certification_v2_t>
std::string audit_table(C c = {}) {
  const auto& program = C::program_catalog::program;
  std::string s =
      "| # | measure | tier | 確認内容 | ★ | ★★ | ★★★ |\n|---|---|---|---|:-:|:-:|:-:|\n";
  for (std::size_t i = 0; i < program.audit_items.size(); ++i) {
    const auto& item = program.audit_items[i];
    s += "| " + std::to_string(item.no) + " | " + std::string{tws::measure_id(c, i).view()} +
         " " + std::string{C::checklist.measures[i].en} + " | " +
         std::string{tws::to_string(item.tier)} + " | " + std::string{item.ja} + " |" +
         marks_cells(item.marks) + "\n";
  }
  return s;
}

/// ### 脆弱性診断 評価一覧: the diagnosis checks with their marks per column.
template <certification_catalog C = tws::catalogs::certification_v2_t>
std::string diagnosis_table(C = {}) {
  std::string s = "| # | area | check | ★ | ★★ | ★★★ |\n|---|---|---|:-:|:-:|:-:|\n";
  for (const auto& k : C::program_catalog::program.checks) {
    s += "| " + std::to_string(k.no) + " | " +
         (k.area == tws::check_area::network ? "network" : "Wi-Fi") + " | " + std::string{k.en} +
         " (" + std::string{k.subject_ja} + ") |" + marks_cells(k.marks) + "\n";
  }
  return s;
}

/// ### 認証レベル: the grades and the column each level needs.
template <certification_catalog C = tws::catalogs::certification_v2_t>
std::string level_table(C = {}) {
  std::string s =
      "| level | 評価 | audit grade | diagnosis grade | column met in both tables |\n"
      "|---|---|:-:|:-:|:-:|\n";
  for (const auto& l : C::program_catalog::program.levels) {
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
template <certification_catalog C = tws::catalogs::coworking_v2_t>
std::string fact_table(C = {}) {
  std::string s = "| fact | 条件 | meaning | questions |\n|---|---|---|:-:|\n";
  for (std::size_t f = 0; f < C::checklist.facts.size(); ++f) {
    const auto& def = C::checklist.facts[f];
    s += "| `" + std::string{def.id} + "` | " + std::string{def.ja} + " | " + std::string{def.en} +
         " | " + std::to_string(C::checklist_scoring.questions_needing[f].count()) + " |\n";
  }
  return s;
}

/// The measures of the checklist with their question counts.
template <certification_catalog C = tws::catalogs::coworking_v2_t>
std::string measure_table(C c = {}) {
  std::string s = "| measure | tier | 対策 | title | questions |\n|---|---|---|---|:-:|\n";
  for (std::size_t m = 0; m < C::checklist.measures.size(); ++m) {
    const auto& def = C::checklist.measures[m];
    s += "| " + std::string{tws::measure_id(c, m).view()} + " | " +
         std::string{tws::to_string(def.tier)} + " | " + std::string{def.ja} + " | " +
         std::string{def.en} + " | " +
         std::to_string(C::checklist_scoring.measure_questions[m].count()) + " |\n";
  }
  return s;
}

/// The items of a self-check catalog: group, blocks, 【対象】 patterns, BYOD.
template <self_check_catalog C = tws::catalogs::mic_telework_v4_t>
std::string mic_item_table(C c = {}) {
  const auto& cat = C::catalog;
  std::string s =
      "| item | group | 基本 | 推奨 | 【対象】 | BYOD | title |\n|---|:-:|:-:|:-:|---|---|---|\n";
  for (std::size_t i = 0; i < cat.item_count; ++i) {
    const auto& item = cat.items[i];
    std::string patterns;
    for (std::size_t p = 0; p < cat.pattern_count; ++p) {
      if (item.patterns.contains(tws::fact(static_cast<unsigned>(p)))) {
        patterns += (patterns.empty() ? "" : " ") + std::to_string(p + 1);
      }
    }
    const char* byod = !item.scope.needs.empty()              ? "only"
                       : !item.scope.own_wording_when.empty() ? "own wording"
                                                              : "";
    s += "| " + std::string{tws::item_id(c, i).view()} + " | " + std::to_string(item.group) +
         " | " + (item.basic ? "●" : "") + " | " + (item.recommended ? "●" : "") + " | " +
         (patterns.empty() ? "all" : patterns) + " | " + byod + " | " + std::string{item.en} +
         " |\n";
  }
  return s;
}

/// The statements of a policy catalog with their level (* read from the
/// wording) and checklist number.
template <policy_catalog C = tws::catalogs::csaj_home_2018_t>
std::string csaj_statement_table(C c = {}) {
  const auto& cat = C::catalog;
  std::string s = "| statement | group | level | checklist | title |\n|---|:-:|---|:-:|---|\n";
  for (std::size_t n = 0; n < cat.statement_count; ++n) {
    const auto& st = cat.statements[n];
    s += "| " + std::string{tws::item_id(c, n).view()} + " | " +
         std::to_string(cat.sections[st.section].group) + " | " +
         std::string{tws::to_string(st.level)} + (st.level_read ? "*" : "") + " | " +
         (st.checklist_no == 0 ? "" : std::to_string(st.checklist_no)) + " | " +
         std::string{st.en} + " |\n";
  }
  return s;
}

/// The risks of a risk catalog and the measures that mitigate each (our reading).
template <risk_catalog C = tws::catalogs::coworking_user_t>
std::string risk_matrix_table(C c = {}) {
  const auto& cat = C::catalog;
  constexpr const auto& tables = tws::engine_tables_v<C>;
  std::string s = "| risk | リスク | mitigated by |\n|---|---|---|\n";
  for (std::size_t k = 0; k < cat.risk_count; ++k) {
    std::string measures;
    tables.mitigators[k].for_each([&](std::size_t m) {
      measures += (measures.empty() ? "" : ", ") + std::string{tws::item_id(c, m).view()} + " " +
                  std::string{cat.measures[m].title_ja};
    });
    s += "| " + std::string{tws::risk_id(c, k).view()} + " | " +
         std::string{cat.risks[k].title_ja} + " | " + measures + " |\n";
  }
  return s;
}

}  // namespace cli::markdown
