#pragma once

// The risk kind (coworking-user and catalogs like it; SPEC §5) as the
// commands see it: measures implemented per group, and the residual risks
// (none of whose mitigating measures is implemented).

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "changes.hpp"
#include "questionnaire.hpp"
#include "report.hpp"
#include "wording.hpp"

namespace cli {

// --- words -------------------------------------------------------------------

/// A measure's or risk's title: English, or its Japanese bold title.
template <class Def>
std::string risk_row_title(const Def& def, lang l) {
  return say(l, def.en, def.title_ja);
}

/// The measures that mitigate risk k (from the engine's own tables).
template <risk_catalog C>
auto mitigators_of(C, std::size_t k) {
  return tws::engine_tables_v<C>.mitigators[k];
}

/// "2.1, 2.2": the measure IDs (without the catalog) of a set.
template <risk_catalog C, class Set>
std::string measure_list(C c, const Set& set) {
  std::string s;
  const auto prefix = std::string{C::id}.size() + 1;
  set.for_each([&](std::size_t m) {
    s += (s.empty() ? "" : ", ") + std::string{tws::item_id(c, m).view().substr(prefix)};
  });
  return s;
}

// --- rate and gaps -----------------------------------------------------------

/// The residual risks, then (with `full`) the unimplemented measures that cover
/// them, with their Japanese text.
template <risk_catalog C>
void add_risk_gaps(report& rep, C c, const tws::result_t<C>& r, lang l, bool full,
                   const std::string& file = {}) {
  const auto& cat = C::catalog;
  section risks;
  risks.heading = say(l, "Residual risks", "残存リスク");
  if (r.residual.none()) {
    risks.paragraphs.emplace_back(say(l, "None: every risk has an implemented measure.",
                                      "ありません。すべてのリスクに実施済みの対策があります。"));
    rep.sections.push_back(std::move(risks));
    return;
  }
  if (!full && !file.empty()) {
    const auto command = "teleworksec gaps " + file;
    risks.paragraphs.push_back(l == lang::ja ? "対策の全文は `" + command + "` で表示します。"
                                             : "`" + command + "` prints the measures in full.");
  }
  risks.columns = {say(l, "risk", "リスク"), say(l, "mitigated by", "対策")};
  if (full) risks.columns.push_back(say(l, "text", "内容"));
  typename tws::result_t<C>::measure_set needed{};
  r.residual.for_each([&](std::size_t k) {
    needed |= mitigators_of(c, k);
    std::vector<std::string> row{std::string{tws::risk_id(c, k).view()} + " " +
                                     risk_row_title(cat.risks[k], l),
                                 measure_list(c, mitigators_of(c, k) & r.applicable)};
    if (row[1].empty()) row[1] = say(l, "(all its measures excluded as na)", "（対策はすべて対象外）");
    if (full) row.push_back(one_line(cat.risks[k].ja));
    risks.rows.push_back(std::move(row));
  });
  rep.sections.push_back(std::move(risks));
  if (!full) return;
  section measures;
  measures.heading = say(l, "Measures that would cover them", "残存リスクに効く未実施の対策");
  measures.columns = {say(l, "measure", "対策"), say(l, "state", "状態"), say(l, "text", "内容")};
  (needed & ~r.implemented & r.applicable).for_each([&](std::size_t m) {
    measures.rows.push_back({std::string{tws::item_id(c, m).view()} + " " +
                                 risk_row_title(cat.measures[m], l),
                             item_state_name(r, m, l), one_line(cat.measures[m].ja)});
  });
  if (!measures.rows.empty()) rep.sections.push_back(std::move(measures));
}

/// The report of `rate`: measures per group and the residual risks.
template <risk_catalog C>
report rate_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l,
                   const std::string& file) {
  const auto& cat = C::catalog;
  auto rep = company_rate_head("Coworking use — risks and measures: ",
                               "コワーキングスペース利用のリスクと対策：", doc, r.fingerprint, l);
  rep.fields.emplace_back(say(l, "Measures implemented", "実施済みの対策"), tally_text(r.overall));
  rep.fields.emplace_back(say(l, "Residual risks", "残存リスク"),
                          std::to_string(r.residual.count()) + " / " +
                              std::to_string(cat.risk_count));
  rep.fields.emplace_back(say(l, "Provisional", "暫定"),
                          provisional_text(r.provisional, r.unanswered_count, l, "measure", "対策"));

  section groups;
  groups.heading = say(l, "Measures by group", "対策グループ別");
  groups.columns = {say(l, "group", "グループ"), say(l, "implemented/applicable", "実施/対象")};
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    groups.rows.push_back({group_title(c, g, l), tally_text(r.groups[g])});
  }
  rep.sections.push_back(std::move(groups));

  add_risk_gaps(rep, c, r, l, false, file);
  add_excluded_section(rep, c, doc, r.explicit_na, "対象外（na）とした項目", "item", "項目", l);
  add_expiry_sections(rep, doc, l);
  return rep;
}

/// What --require asks: no residual risk. Empty when the result meets it,
/// otherwise why not.
template <risk_catalog C>
std::string shortfall(C, const arguments& args, const std::string& value,
                      const tws::result_t<C>& r, lang l) {
  if (value != "no-residual") {
    throw usage_error(args.command, "--require \"" + value + "\": for " + std::string{C::id} +
                                        " expected no-residual");
  }
  if (r.residual.none()) return {};
  const auto n = std::to_string(r.residual.count());
  return l == lang::ja ? "残存リスクが " + n + " 件あります"
                       : n + (r.residual.count() == 1 ? " residual risk remains"
                                                      : " residual risks remain") +
                             " (required: no-residual)";
}

/// The key of the result document that `gaps --format json` prints.
template <risk_catalog C>
std::string_view gaps_key(C) {
  return "residual_risks";
}

/// The report of `gaps`: the residual risks, then the measures that would cover them.
template <risk_catalog C>
report gaps_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l) {
  auto rep = company_gaps_head(doc, r.fingerprint, l);
  rep.fields.emplace_back(say(l, "Residual risks", "残存リスク"), std::to_string(r.residual.count()));
  add_risk_gaps(rep, c, r, l, true);
  return rep;
}

// --- template ------------------------------------------------------------------

/// The texts a person filling in the template needs, keyed by the same IDs.
template <risk_catalog C>
nlohmann::json template_hints(C c) {
  const auto& cat = C::catalog;
  nlohmann::json h;
  h["answers"] =
      "each measure ID: \"yes\", \"no\", \"na\" or {\"answer\": …, \"reason\": …, on na "
      "\"approved_by\": …, \"expires\": \"YYYY-MM-DD\"}; a measure "
      "left out is unanswered (counted as not implemented)";
  for (std::size_t m = 0; m < cat.measures.size(); ++m) {
    const auto& def = cat.measures[m];
    auto risks = nlohmann::json::array();
    for (std::size_t k = 0; k < cat.risk_count; ++k) {
      if (mitigators_of(c, k).test(m)) risks.push_back(tws::risk_id(c, k).view());
    }
    h["measures"][std::string{tws::item_id(c, m).view()}] = {{"title_ja", def.title_ja},
                                                             {"ja", def.ja},
                                                             {"en", def.en},
                                                             {"group", cat.groups[def.group - 1].ja},
                                                             {"mitigates", risks}};
  }
  for (std::size_t k = 0; k < cat.risks.size(); ++k) {
    const auto& def = cat.risks[k];
    h["risks"][std::string{tws::risk_id(c, k).view()}] = {
        {"title_ja", def.title_ja}, {"ja", def.ja}, {"en", def.en}};
  }
  return h;
}

// --- ask -------------------------------------------------------------------------

/// The words of the questionnaire: a company's, as for a self-check.
template <risk_catalog C>
ask_words words_of(C) {
  return company_words;
}

/// A measure's group: the questionnaire's sections.
template <risk_catalog C>
std::size_t section_of(C, std::size_t m) {
  return std::size_t{C::catalog.measures[m].group} - 1;
}

/// The heading of a section of the questionnaire.
template <risk_catalog C>
std::string section_title(C c, std::size_t g, lang l) {
  return group_title(c, g, l);
}

/// Asks measure `seq[i].index`: its title, then its text.
template <risk_catalog C>
void prompt_entry(const questionnaire<C>& q, const std::vector<step>& seq, std::size_t i) {
  const auto& def = C::catalog.measures[seq[i].index];
  const std::string id{tws::item_id(q.catalog(), seq[i].index).view()};
  std::cout << q.progress(seq, i, "measure", "対策") << " · " << id << " · " << def.title_ja
            << "\n  " << def.ja;
  q.prompt_answer_keys(id);
}

// --- diff ----------------------------------------------------------------------

/// Every difference between two documents: answers, then measure states,
/// residual risks and the implemented count.
template <risk_catalog C>
std::vector<change_group> diff_assessments(C c, const tws::assessment_document& a,
                                           const tws::assessment_document& b, lang l) {
  const auto& cat = C::catalog;
  const auto ja = tws::to_json(a);
  const auto jb = tws::to_json(b);
  const auto title = [&](const std::string& id) {
    return risk_row_title(cat.measures[*tws::find_answer(c, id)], l);
  };
  std::vector<change_group> groups;
  groups.push_back(meta_changes(a, b, false, "組織", l));
  groups.push_back(answer_changes(
      c, ja, jb, a, b, title,
      [&](const tws::answer_entry& e) {
        return e.reason.empty() ? std::string{} : say(l, ": ", "：") + e.reason;
      },
      l));
  const auto ra = rate(c, a);
  const auto rb = rate(c, b);
  groups.push_back(item_state_changes(c, ra, rb, "measures", say(l, "Measures", "対策"), title, l));

  change_group risks{"residual_risks", say(l, "Residual risks", "残存リスク"), {}};
  const auto word = [&](bool residual) {
    return residual ? say(l, "residual", "残存") : say(l, "mitigated", "対策済み");
  };
  for (std::size_t k = 0; k < cat.risk_count; ++k) {
    const bool x = ra.residual.test(k);
    const bool y = rb.residual.test(k);
    risks.add(std::string{tws::risk_id(c, k).view()}, risk_row_title(cat.risks[k], l),
              x ? "residual" : "mitigated", y ? "residual" : "mitigated", word(x), word(y));
  }
  groups.push_back(std::move(risks));

  change_group rating{"rating", say(l, "Rating", "評価結果"), {}, false};
  rating.count("residual", say(l, "residual risks", "残存リスク"), ra.residual.count(),
               rb.residual.count());
  rating.add("implemented", say(l, "measures implemented", "実施済みの対策"),
             tally_json(ra.overall), tally_json(rb.overall), tally_text(ra.overall),
             tally_text(rb.overall));
  rating.count("unanswered", say(l, "unanswered measures", "未回答の対策"), ra.unanswered_count,
               rb.unanswered_count);
  groups.push_back(std::move(rating));
  return groups;
}

// --- rules -----------------------------------------------------------------------

/// The catalog and its rules as a report: the rules, the risks, the measures
/// and the mitigation matrix (our reading: README, Interpretations).
template <risk_catalog C>
report rules_report(C c) {
  const auto& cat = C::catalog;
  auto rep = rules_head(c);
  rep.sections.push_back(rules_section(
      "Rating (SPEC §5)", {},
      {"Per measure group: implemented/applicable (na excludes a measure; unanswered counts as "
       "not implemented). A risk is residual when none of the measures that mitigate it is "
       "implemented.",
       "Which measures mitigate which risks is our reading: the source lists risks and measures "
       "side by side without linking them (README, Interpretations)."}));

  auto risks = rules_section("リスク (risks)", {"risk", "リスク", "内容", "risk title"});
  for (std::size_t k = 0; k < cat.risks.size(); ++k) {
    const auto& def = cat.risks[k];
    risks.rows.push_back({std::string{tws::risk_id(c, k).view()},
                          std::to_string(def.group) + " " +
                              std::string{cat.risk_groups[def.group - 1].ja} + "：" +
                              std::string{def.title_ja},
                          std::string{def.ja}, std::string{def.en}});
  }
  rep.sections.push_back(std::move(risks));

  auto measures = rules_section("対策 (measures)", {"measure", "対策", "内容", "title", "mitigates"});
  for (std::size_t m = 0; m < cat.measures.size(); ++m) {
    const auto& def = cat.measures[m];
    std::string mitigates;
    for (std::size_t i = 0; i < def.mitigates_count; ++i) {
      mitigates += (mitigates.empty() ? "" : ", ") + std::to_string(def.mitigates[i].group) + "." +
                   std::to_string(def.mitigates[i].no);
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
  std::string risk_ids;
  for (std::size_t k = 1; k < columns.size(); ++k) risk_ids += " " + columns[k];
  auto matrix = rules_section("対策とリスク (mitigation matrix, our reading)", columns,
                              {"Rows: measures; columns: risks" + risk_ids +
                               "; ● the measure mitigates the risk."});
  const auto prefix = std::string{C::id}.size() + 1;
  for (std::size_t m = 0; m < cat.measures.size(); ++m) {
    std::vector<std::string> row{std::string{tws::item_id(c, m).view().substr(prefix)}};
    for (std::size_t k = 0; k < cat.risk_count; ++k) {
      row.emplace_back(mitigators_of(c, k).test(m) ? "●" : "·");
    }
    matrix.rows.push_back(std::move(row));
  }
  rep.sections.push_back(std::move(matrix));
  return rep;
}

/// The rules as Markdown tables or aligned text.
template <risk_catalog C>
std::string rules_text(C c, std::string_view format) {
  return render(rules_report(c), format);
}

/// The catalog and its rules as data: risk groups, risks with the measures
/// that mitigate them (the matrix), measure groups, measures, and the rules'
/// decision (which answers mitigate).
template <risk_catalog C>
nlohmann::json rules_json(C c) {
  const auto& cat = C::catalog;
  constexpr const auto& rules = tws::rule_tables_v<C::kind, typename C::default_rules>;
  const auto groups_json = [](const auto& groups) {
    auto list = nlohmann::json::array();
    for (const auto& g : groups) list.push_back({{"no", g.no}, {"ja", g.ja}, {"en", g.en}});
    return list;
  };
  auto j = rules_json_head(c, "risk");
  j["risk_groups"] = groups_json(cat.risk_groups);
  j["groups"] = groups_json(cat.groups);
  j["risks"] = nlohmann::json::array();
  for (std::size_t k = 0; k < cat.risks.size(); ++k) {
    const auto& def = cat.risks[k];
    auto by = nlohmann::json::array();
    mitigators_of(c, k).for_each([&](std::size_t m) { by.push_back(tws::item_id(c, m).view()); });
    j["risks"].push_back({{"id", tws::risk_id(c, k).view()},
                          {"group", def.group},
                          {"no", def.no},
                          {"title_ja", def.title_ja},
                          {"ja", def.ja},
                          {"en", def.en},
                          {"mitigated_by", by}});
  }
  j["measures"] = nlohmann::json::array();
  for (std::size_t m = 0; m < cat.measures.size(); ++m) {
    const auto& def = cat.measures[m];
    auto mitigates = nlohmann::json::array();
    for (std::size_t k = 0; k < cat.risk_count; ++k) {
      if (mitigators_of(c, k).test(m)) mitigates.push_back(tws::risk_id(c, k).view());
    }
    j["measures"].push_back({{"id", tws::item_id(c, m).view()},
                             {"group", def.group},
                             {"no", def.no},
                             {"title_ja", def.title_ja},
                             {"ja", def.ja},
                             {"en", def.en},
                             {"mitigates", mitigates}});
  }
  for (std::size_t a = 0; a < rules.mitigates.size(); ++a) {
    j["rules"]["mitigates"][std::string{tws::to_string(static_cast<tws::answer>(a))}] =
        rules.mitigates[a];
  }
  return j;
}

}  // namespace cli
