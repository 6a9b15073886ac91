#pragma once

// `rules` for the telework catalogs: the catalog and its rating rules (SPEC §5)
// from the constexpr data the engine reads, as report sections (Markdown
// tables or aligned text) and as one JSON document.
//
// - mic-telework-v4: the rules, the levels, the facts, the patterns (表1), the
//   threat groups, the items by role with 基本/推奨 marks, 【対象】 and BYOD,
//   and the trouble cases (トラブル事例) with their items.
// - csaj-home-2018: the rules, the levels, the groups, and the statements by
//   group with level (* where the level is our reading) and checklist number.
// - coworking-user: the rules, the risks, the measures, and the mitigation
//   matrix (our reading: README, Interpretations).

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "report.hpp"
#include "telework_wording.hpp"

namespace cli {

namespace detail_rules {

inline section make_section(std::string heading, std::vector<std::string> columns) {
  section s;
  s.heading = std::move(heading);
  s.columns = std::move(columns);
  return s;
}

// The section that states the rating rules (SPEC §5) in paragraphs.
inline section rating_section(std::vector<std::string> paragraphs) {
  auto s = make_section("Rating (SPEC §5)", {});
  s.paragraphs = std::move(paragraphs);
  return s;
}

template <class Catalog>
std::string rules_version() {
  return std::string{Catalog::default_rules::version};
}

}  // namespace detail_rules

/// The rules of a telework catalog as a report (title, fields, sections).
template <class Catalog>
report telework_rules_report(Catalog c) {
  using detail_rules::make_section;
  const auto& cat = Catalog::catalog;
  constexpr auto en = lang::en;
  report rep;
  rep.title = std::string{Catalog::id} + " rating rules";
  rep.fields.emplace_back("Fingerprint", tws::fingerprint_hex(tws::fingerprint_v<Catalog>));
  rep.fields.emplace_back("Rules", detail_rules::rules_version<Catalog>());
  rep.fields.emplace_back("teleworksec", std::string{tws::version_string});

  if constexpr (Catalog::kind == tws::catalog_kind::self_check) {
    rep.sections.push_back(detail_rules::rating_section(
        {"An item applies when its 【対象】 patterns include a pattern in use (no 【対象】: every "
         "pattern) and, for BYOD-only items, when private devices are used; na excludes it. "
         "Unanswered counts as not implemented.",
         std::string{
             "A group is basic_unmet when an applicable basic item is not implemented, "
             "recommended when every applicable item is, basic otherwise. The level is the "
             "weakest rated group's (「最も弱いところが全体のセキュリティレベルになる」). "} +
             (tws::self_check_rules::unmarked_items_are_basic
                  ? "Items without a 基本/推奨 block count as basic."
                  : "Items without a 基本/推奨 block count as recommended.")}));

    auto levels = make_section("レベル (levels)", {"code", "レベル", "level"});
    for (auto v : {tws::self_check_level::basic_unmet, tws::self_check_level::basic,
                   tws::self_check_level::recommended}) {
      levels.rows.push_back({std::string{tws::to_string(v)}, std::string{tws::name_ja(v)},
                             std::string{tws::name_en(v)}});
    }
    rep.sections.push_back(std::move(levels));

    auto facts = make_section("条件 (facts)", {"fact", "条件", "meaning", "items"});
    for (std::size_t f = 0; f < cat.facts.size(); ++f) {
      const auto& def = cat.facts[f];
      std::size_t n = 0;
      for (const auto& item : cat.items) {
        n += (def.id == "byod" ? item.byod == tws::byod_rule::byod_only
                               : item.patterns.contains(tws::fact(static_cast<unsigned>(f))))
                 ? 1U
                 : 0U;
      }
      facts.rows.push_back({"`" + std::string{def.id} + "`", std::string{def.ja},
                            std::string{def.en}, std::to_string(n)});
    }
    rep.sections.push_back(std::move(facts));

    auto patterns = make_section(
        "表1 テレワークの6種類のパターン (patterns)",
        {"#", "方式", "pattern", "概要", "電子データを保存するか？", "オフィスの端末と同じ環境を利用するか？",
         "クラウドサービスを利用するか？", "BYODとの親和性", "高速インターネット回線の必要性", "備考"});
    for (const auto& p : cat.patterns) {
      patterns.rows.push_back({std::to_string(p.no), std::string{p.ja}, std::string{p.en},
                               std::string{p.summary_ja}, std::string{p.data_ja},
                               std::string{p.same_environment_ja}, std::string{p.cloud_ja},
                               std::string{p.byod_ja}, std::string{p.fast_line_ja},
                               std::string{p.note_ja}});
    }
    rep.sections.push_back(std::move(patterns));

    auto groups = make_section("対策の分類 (threat groups)", {"#", "分類", "解説の見出し", "group"});
    for (const auto& g : cat.groups) {
      groups.rows.push_back({std::to_string(g.no), std::string{g.ja}, std::string{g.explanation_ja},
                             std::string{g.en}});
    }
    rep.sections.push_back(std::move(groups));

    for (std::size_t ro = 0; ro < tws::role_count; ++ro) {
      const auto who = static_cast<tws::role>(ro);
      auto items = make_section(role_name(who, lang::ja) + " (" + role_name(who, en) + ")",
                                {"item", "group", "基本", "推奨", "【対象】", "BYOD", "p.", "内容",
                                 "title"});
      for (std::size_t i = 0; i < cat.items.size(); ++i) {
        const auto& item = cat.items[i];
        if (item.role != who) continue;
        std::string targets;
        for (std::size_t f = 0; f < cat.pattern_count; ++f) {
          if (item.patterns.contains(tws::fact(static_cast<unsigned>(f)))) {
            if (!targets.empty()) targets += ',';
            targets += std::to_string(f + 1);
          }
        }
        const char* byod = item.byod == tws::byod_rule::byod_only      ? "only"
                           : item.byod == tws::byod_rule::byod_variant ? "variant"
                                                                        : "";
        items.rows.push_back({std::string{tws::item_id(c, i).view()}, std::to_string(item.group),
                              item.basic ? "●" : "", item.recommended ? "●" : "",
                              targets.empty() ? "all" : targets, byod,
                              std::to_string(item.page), one_line(item.ja),
                              std::string{item.en}});
      }
      rep.sections.push_back(std::move(items));
    }

    auto cases = make_section("テレワークトラブル事例 (trouble cases)",
                              {"#", "p.", "事例", "case", "items"});
    for (const auto& k : cat.cases) {
      std::string items;
      for (std::size_t i = 0; i < k.item_count; ++i) {
        items += (items.empty() ? "" : ", ") + std::string{tws::to_string(k.items[i].role)} + "/" +
                 std::to_string(k.items[i].no);
      }
      cases.rows.push_back({std::to_string(k.no), std::to_string(k.page), std::string{k.ja},
                            std::string{k.en}, items});
    }
    rep.sections.push_back(std::move(cases));
  } else if constexpr (Catalog::kind == tws::catalog_kind::policy) {
    rep.sections.push_back(detail_rules::rating_section(
        {"Each statement is decided implemented, planned (with a deadline) or not_needed (tailored "
         "out with a justification, 003 §4.5); left out it is undecided. Conformant when every "
         "SHALL (遵守事項) is implemented or tailored out.",
         "The plan lists the open statements (planned or undecided) by impact — the highest over "
         "confidentiality, integrity, availability and non-repudiation; unrated ranks as " +
             std::string{tws::to_string(tws::policy_rules::unrated_ranks_as)} +
             " — then deadline (undecided last), level, source order. A deadline before the "
             "evaluation date is overdue.",
         "A level marked * is our reading: sections 9 and 10 carry no tag, so the level is read "
         "from the wording (README, Interpretations)."}));

    auto levels = make_section("レベル (levels)", {"level", "レベル", "statements", "required"});
    for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
      const auto o = static_cast<tws::obligation>(lv);
      std::size_t n = 0;
      for (const auto& s : cat.statements) n += s.level == o ? 1U : 0U;
      levels.rows.push_back({obligation_name(o, en), obligation_name(o, lang::ja),
                             std::to_string(n), tws::policy_rules::required[lv] ? "yes" : "no"});
    }
    rep.sections.push_back(std::move(levels));

    auto groups = make_section("グループ (groups)", {"#", "section", "グループ", "group", "statements"});
    for (std::size_t g = 0; g < cat.group_count; ++g) {
      std::size_t n = 0;
      for (const auto& s : cat.statements) n += cat.sections[s.section].group == g + 1 ? 1U : 0U;
      const auto& def = cat.groups[g];
      groups.rows.push_back({std::to_string(def.no), std::to_string(def.section),
                             std::string{def.ja}, std::string{def.en}, std::to_string(n)});
    }
    rep.sections.push_back(std::move(groups));

    for (std::size_t g = 0; g < cat.group_count; ++g) {
      auto statements =
          make_section(group_title(c, g, lang::ja) + " (" + std::string{cat.groups[g].en} + ")",
                       {"statement", "level", "checklist", "節", "内容", "title"});
      for (std::size_t n = 0; n < cat.statements.size(); ++n) {
        const auto& def = cat.statements[n];
        const auto& sec = cat.sections[def.section];
        if (sec.group != g + 1) continue;
        statements.rows.push_back(
            {std::string{tws::item_id(c, n).view()},
             std::string{tws::to_string(def.level)} + (def.level_read ? "*" : ""),
             def.checklist_no == 0 ? "" : std::to_string(def.checklist_no),
             std::string{sec.no} + " " + std::string{sec.ja}, one_line(def.ja),
             std::string{def.en}});
      }
      rep.sections.push_back(std::move(statements));
    }
  } else {
    rep.sections.push_back(detail_rules::rating_section(
        {"Per measure group: implemented/applicable (na excludes a measure; unanswered counts as "
         "not implemented). A risk is residual when none of the measures that mitigate it is "
         "implemented.",
         "Which measures mitigate which risks is our reading: the source lists risks and measures "
         "side by side without linking them (README, Interpretations)."}));

    auto risks = make_section("リスク (risks)", {"risk", "リスク", "内容", "risk title"});
    for (std::size_t k = 0; k < cat.risks.size(); ++k) {
      const auto& def = cat.risks[k];
      risks.rows.push_back({std::string{tws::risk_id(c, k).view()},
                            std::to_string(def.group) + " " +
                                std::string{cat.risk_groups[def.group - 1].ja} + "：" +
                                std::string{def.title_ja},
                            std::string{def.ja}, std::string{def.en}});
    }
    rep.sections.push_back(std::move(risks));

    auto measures = make_section("対策 (measures)", {"measure", "対策", "内容", "title", "mitigates"});
    for (std::size_t m = 0; m < cat.measures.size(); ++m) {
      const auto& def = cat.measures[m];
      std::string mitigates;
      for (std::size_t i = 0; i < def.mitigates_count; ++i) {
        mitigates += (mitigates.empty() ? "" : ", ") + std::to_string(def.mitigates[i].group) +
                     "." + std::to_string(def.mitigates[i].no);
      }
      measures.rows.push_back({std::string{tws::item_id(c, m).view()},
                               std::string{cat.groups[def.group - 1].ja} + "：" +
                                   std::string{def.title_ja},
                               std::string{def.ja}, std::string{def.en}, mitigates});
    }
    rep.sections.push_back(std::move(measures));

    std::vector<std::string> columns{"measure \\ risk"};
    for (const auto& k : cat.risks) {
      columns.push_back(std::to_string(k.group) + "." + std::to_string(k.no));
    }
    auto matrix = make_section("対策とリスク (mitigation matrix, our reading)", columns);
    std::string risk_ids;
    for (std::size_t k = 1; k < columns.size(); ++k) risk_ids += " " + columns[k];
    matrix.paragraphs.push_back("Rows: measures; columns: risks" + risk_ids +
                                "; ● the measure mitigates the risk.");
    for (std::size_t m = 0; m < cat.measures.size(); ++m) {
      const auto prefix = std::string{Catalog::id}.size() + 1;
      std::vector<std::string> row{std::string{tws::item_id(c, m).view().substr(prefix)}};
      for (std::size_t k = 0; k < cat.risk_count; ++k) {
        row.emplace_back(mitigators_of(c, k).test(m) ? "●" : "·");
      }
      matrix.rows.push_back(std::move(row));
    }
    rep.sections.push_back(std::move(matrix));
  }
  return rep;
}

/// The rules of a telework catalog as JSON: the report's sections as
/// {heading: {"paragraphs": [...], "columns": [...], "rows": [[...]]}}.
template <class Catalog>
nlohmann::json telework_rules_json(Catalog c) {
  const auto rep = telework_rules_report(c);
  nlohmann::json j;
  j["catalog"] = Catalog::id;
  j["fingerprint"] = tws::fingerprint_hex(tws::fingerprint_v<Catalog>);
  j["rules_version"] = detail_rules::rules_version<Catalog>();
  j["kind"] = Catalog::kind == tws::catalog_kind::self_check ? "self_check"
              : Catalog::kind == tws::catalog_kind::policy   ? "policy"
                                                             : "risk";
  auto& sections = j["sections"] = nlohmann::json::array();
  for (const auto& s : rep.sections) {
    sections.push_back({{"heading", s.heading},
                        {"paragraphs", s.paragraphs},
                        {"columns", s.columns},
                        {"rows", s.rows}});
  }
  return j;
}

}  // namespace cli
