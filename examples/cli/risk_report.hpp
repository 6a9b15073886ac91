#pragma once

// `rate` and `gaps` for a risk catalog (coworking-user, SPEC §5): measures
// implemented per group, and the residual risks (none of whose mitigating
// measures is implemented) with the measures that would cover them.

#include <cstddef>
#include <string>
#include <vector>

#include "report.hpp"
#include "telework_wording.hpp"

namespace cli {

/// The measures that would mitigate a residual risk and are not implemented.
template <class Catalog>
auto measures_for_residual(Catalog c, const tws::risk_result<Catalog>& r) {
  typename tws::risk_result<Catalog>::measure_set needed{};
  r.residual.for_each([&](std::size_t k) { needed |= mitigators_of(c, k); });
  return needed & ~r.implemented;
}

/// "2.1, 2.2" or with titles: the measure IDs (without the catalog) of a set.
template <class Catalog, class Set>
std::string measure_list(Catalog c, const Set& set) {
  std::string s;
  const auto prefix = std::string{Catalog::id}.size() + 1;
  set.for_each([&](std::size_t m) {
    s += (s.empty() ? "" : ", ") + std::string{tws::item_id(c, m).view().substr(prefix)};
  });
  return s;
}

/// The residual risks, then (with `full`) the unimplemented measures that cover
/// them, with their Japanese text.
template <class Catalog>
void add_risk_gaps(report& rep, Catalog c, const tws::risk_result<Catalog>& r, lang l, bool full,
                   const std::string& file = {}) {
  const auto& cat = Catalog::catalog;
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
  r.residual.for_each([&](std::size_t k) {
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
  measures.columns = {say(l, "measure", "対策"), say(l, "state", "状態"),
                      say(l, "text", "内容")};
  (measures_for_residual(c, r) & r.applicable).for_each([&](std::size_t m) {
    measures.rows.push_back({std::string{tws::item_id(c, m).view()} + " " +
                                 risk_row_title(cat.measures[m], l),
                             item_state_name(r, m, l), one_line(cat.measures[m].ja)});
  });
  if (!measures.rows.empty()) rep.sections.push_back(std::move(measures));
}

/// The report of `rate` for a risk catalog.
template <class Catalog>
report risk_report(Catalog c, const tws::assessment_document& doc,
                   const tws::risk_result<Catalog>& r, lang l, const std::string& file) {
  const auto& cat = Catalog::catalog;
  auto rep = telework_rate_report(
      "Coworking use — risks and measures: ", "コワーキングスペース利用のリスクと対策：", doc,
      r.fingerprint, l);
  rep.fields.emplace_back(say(l, "Measures implemented", "実施済みの対策"),
                          tally_text(r.overall));
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
  add_excluded_section(rep, c, doc, r.explicit_na, l);
  return rep;
}

}  // namespace cli
