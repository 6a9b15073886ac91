#pragma once

// The telework catalogs' rating tables as compact Markdown, printed from the
// same constexpr data the engines read. The README's telework tables are this
// output (tests/runtime/readme_test.cpp fails when they drift). Needs only the
// core.

#include <cstddef>
#include <string>

#include "teleworksec/teleworksec.hpp"

namespace cli::markdown {

namespace tws = teleworksec;

/// The self-check items of mic-telework-v4: group, blocks, 【対象】 patterns, BYOD.
inline std::string mic_item_table() {
  constexpr auto c = tws::catalogs::mic_telework_v4;
  const auto& cat = c.catalog;
  std::string s =
      "| item | group | 基本 | 推奨 | 【対象】 | BYOD | title |\n|---|:-:|:-:|:-:|---|---|---|\n";
  for (std::size_t i = 0; i < cat.item_count; ++i) {
    const auto& item = cat.items[i];
    std::string patterns;
    for (std::size_t p = 0; p < cat.pattern_count; ++p) {
      if (item.patterns.contains(tws::fact(static_cast<unsigned>(p)))) {
        if (!patterns.empty()) patterns += ' ';
        patterns += std::to_string(p + 1);
      }
    }
    const char* byod = item.byod == tws::byod_rule::byod_only      ? "only"
                       : item.byod == tws::byod_rule::byod_variant ? "own wording"
                                                                   : "";
    s += "| " + std::string{tws::item_id(c, i).view()} + " | " + std::to_string(item.group) +
         " | " + (item.basic ? "●" : "") + " | " + (item.recommended ? "●" : "") + " | " +
         (patterns.empty() ? "all" : patterns) + " | " + byod + " | " + std::string{item.en} +
         " |\n";
  }
  return s;
}

/// The statements of csaj-home-2018 with their level (* read from the wording)
/// and checklist number.
inline std::string csaj_statement_table() {
  constexpr auto c = tws::catalogs::csaj_home_2018;
  const auto& cat = c.catalog;
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

/// The risks of coworking-user and the measures that mitigate each (our reading).
inline std::string risk_matrix_table() {
  constexpr auto c = tws::catalogs::coworking_user;
  const auto& cat = c.catalog;
  constexpr const auto& tables = tws::detail::risk_tables_of<tws::catalogs::coworking_user_t>;
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
