#pragma once

// `rate` and `gaps` for a policy catalog (csaj-home-2018, SPEC §5):
// conformance, the SHALL statements that break it, the counts per level and
// group, the plan (impact, then deadline) with overdue items, and what was
// tailored out with its justification.

#include <cstddef>
#include <string>
#include <vector>

#include "report.hpp"
#include "telework_wording.hpp"

namespace cli {

/// The plan as a section: open statements in plan order. `full` adds the
/// Japanese statement; otherwise a pointer to `gaps`.
template <class Catalog>
void add_policy_plan(report& rep, Catalog c, const tws::assessment_document& doc,
                     const tws::policy_result<Catalog>& r, lang l, bool full,
                     const std::string& file = {}) {
  const auto& cat = Catalog::catalog;
  section plan;
  plan.heading = say(l, "Plan (by impact, then deadline)", "実施計画（影響度、期限の順）");
  if (r.plan_size == 0) {
    plan.paragraphs.emplace_back(say(l, "Nothing open: every statement is implemented or tailored out.",
                                     "未対応の項目はありません（すべて実施済みまたは適用除外）。"));
    rep.sections.push_back(std::move(plan));
    return;
  }
  if (r.evaluated_on == 0) {
    plan.paragraphs.emplace_back(say(l, "No evaluation date (--date or \"date\"): nothing is overdue.",
                                     "評価日がないため（--date または \"date\"）、期限切れは判定しません。"));
  }
  if (!full && !file.empty()) {
    const auto command = "teleworksec gaps " + file;
    plan.paragraphs.push_back(l == lang::ja ? "各項目の全文は `" + command + "` で表示します。"
                                            : "`" + command + "` prints each statement in full.");
  }
  plan.columns = {"#", say(l, "statement", "項目"), say(l, "level", "レベル"),
                  say(l, "priority", "影響度"), say(l, "decision", "判定"),
                  say(l, "deadline", "期限")};
  if (full) plan.columns.push_back(say(l, "text", "内容"));
  for (std::size_t p = 0; p < r.plan_size; ++p) {
    const std::size_t n = r.plan[p];
    const auto* e = decision_entry_of(c, doc, n);
    std::string deadline = e != nullptr && !e->deadline.empty() ? e->deadline : "—";
    if (r.overdue.test(n)) deadline += say(l, " OVERDUE", " 期限切れ");
    std::string id{tws::item_id(c, n).view()};
    if (l == lang::en) id += " " + statement_title(c, n, l);
    std::vector<std::string> row{std::to_string(p + 1),
                                 id,
                                 obligation_name(cat.statements[n].level, l),
                                 impact_name(r.priority[n], l),
                                 decision_name(decision_of(r, n), l),
                                 deadline};
    if (full) row.push_back(one_line(cat.statements[n].ja));
    plan.rows.push_back(std::move(row));
  }
  rep.sections.push_back(std::move(plan));
}

/// The fields and sections of `rate` for a policy catalog.
template <class Catalog>
report policy_report(Catalog c, const tws::assessment_document& doc,
                     const tws::policy_result<Catalog>& r, lang l, const std::string& file) {
  const auto& cat = Catalog::catalog;
  auto rep = telework_rate_report("Home-work security policy: ", "在宅勤務セキュリティポリシー：",
                                  doc, r.fingerprint, l);
  const auto n_bad = std::to_string(r.nonconforming.count());
  rep.fields.emplace_back(
      say(l, "Conformant", "適合"),
      r.conformant ? say(l, "yes — every SHALL is implemented or tailored out",
                         "はい — 遵守事項はすべて実施済みまたは適用除外")
                   : (l == lang::ja ? "いいえ — 未対応の遵守事項 " + n_bad + " 件"
                                    : "no — " + n_bad + " SHALL statement" +
                                          (r.nonconforming.count() == 1 ? "" : "s") + " open"));
  rep.fields.emplace_back(say(l, "Overdue", "期限切れ"), std::to_string(r.overdue.count()));
  const auto n_undecided = std::to_string(r.unanswered_count);
  rep.fields.emplace_back(
      say(l, "Provisional", "暫定"),
      r.provisional ? (l == lang::ja ? "はい — 未判定の項目 " + n_undecided + " 件"
                                     : "yes — " + n_undecided + " statement" +
                                           (r.unanswered_count == 1 ? "" : "s") + " undecided")
                    : say(l, "no — every statement is decided", "いいえ — すべて判定済み"));

  if (r.nonconforming.any()) {
    section bad;
    bad.heading = say(l, "SHALL statements not yet implemented", "未対応の遵守事項");
    bad.columns = {say(l, "statement", "項目"), say(l, "decision", "判定")};
    r.nonconforming.for_each([&](std::size_t n) {
      bad.rows.push_back({std::string{tws::item_id(c, n).view()} + " " + statement_title(c, n, l),
                          decision_name(decision_of(r, n), l)});
    });
    rep.sections.push_back(std::move(bad));
  }

  section levels;
  levels.heading = say(l, "By level", "レベル別");
  levels.columns = {say(l, "level", "レベル"), say(l, "implemented/applicable", "実施/対象"),
                    say(l, "tailored out", "適用除外")};
  for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
    std::size_t tailored = 0;
    r.explicit_na.for_each([&](std::size_t n) {
      tailored += static_cast<std::size_t>(cat.statements[n].level) == lv ? 1U : 0U;
    });
    levels.rows.push_back({obligation_name(static_cast<tws::obligation>(lv), l),
                           tally_text(r.by_level[lv]), std::to_string(tailored)});
  }
  rep.sections.push_back(std::move(levels));

  section groups;
  groups.heading = say(l, "By group (implemented/applicable)", "グループ別（実施/対象）");
  groups.columns = {say(l, "group", "グループ")};
  for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
    groups.columns.push_back(obligation_name(static_cast<tws::obligation>(lv), l));
  }
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    std::vector<std::string> row{group_title(c, g, l)};
    for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
      row.push_back(tally_text(r.by_group[g][lv]));
    }
    groups.rows.push_back(std::move(row));
  }
  rep.sections.push_back(std::move(groups));

  add_policy_plan(rep, c, doc, r, l, false, file);

  if (r.explicit_na.any()) {
    section tailored;
    tailored.heading = say(l, "Tailored out (not needed)", "適用除外（不要）とした項目");
    tailored.columns = {say(l, "statement", "項目"), say(l, "level", "レベル"),
                        say(l, "justification", "理由")};
    r.explicit_na.for_each([&](std::size_t n) {
      const auto* e = decision_entry_of(c, doc, n);
      tailored.rows.push_back({std::string{tws::item_id(c, n).view()} + " " +
                                   statement_title(c, n, l),
                               obligation_name(cat.statements[n].level, l),
                               e == nullptr ? "" : e->justification});
    });
    rep.sections.push_back(std::move(tailored));
  }
  return rep;
}

}  // namespace cli
