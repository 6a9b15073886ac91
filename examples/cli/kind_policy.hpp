#pragma once

// The policy kind (csaj-home-2018 and catalogs like it; SPEC §5) as the
// commands see it: statements decided implemented, planned or not needed;
// conformance, the counts per level and group, the plan.

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

/// A statement's title: its English title, or the Japanese statement itself.
template <policy_catalog C>
std::string statement_title(C, std::size_t n, lang l) {
  const auto& def = C::catalog.statements[n];
  return one_line(say(l, def.en, def.ja));
}

/// The decision of statement n as the result says it.
template <class Result>
tws::decision decision_of(const Result& r, std::size_t n) {
  if (r.implemented.test(n)) return tws::decision::implemented;
  if (r.planned.test(n)) return tws::decision::planned;
  return r.explicit_na.test(n) ? tws::decision::not_needed : tws::decision::undecided;
}

/// The entry of statement n in the document, or nullptr.
template <policy_catalog C>
const tws::decision_entry* decision_entry_of(C c, const tws::assessment_document& doc,
                                             std::size_t n) {
  const auto it = doc.decisions.find(std::string{tws::item_id(c, n).view()});
  return it == doc.decisions.end() ? nullptr : &it->second;
}

/// The statements of group g (its sections').
template <policy_catalog C>
bool in_group(C, std::size_t n, std::size_t g) {
  return C::catalog.sections[C::catalog.statements[n].section].group == g + 1;
}

// --- rate and gaps -----------------------------------------------------------

/// The plan as a section: open statements in plan order. `full` adds the
/// Japanese statement; otherwise a pointer to `gaps`.
template <policy_catalog C>
void add_plan(report& rep, C c, const tws::assessment_document& doc, const tws::result_t<C>& r,
              lang l, bool full, const std::string& file = {}) {
  const auto& cat = C::catalog;
  section plan;
  plan.heading = say(l, "Plan (by impact, then deadline)", "実施計画（影響度、期限の順）");
  if (r.plan_size == 0) {
    plan.paragraphs.emplace_back(say(l, "Nothing open: every statement is implemented or tailored out.",
                                     "未対応の項目はありません（すべて実施済みまたは適用除外）。"));
    rep.sections.push_back(std::move(plan));
    return;
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
                                 label(cat.statements[n].level, l),
                                 label(r.priority[n], l),
                                 label(decision_of(r, n), l),
                                 deadline};
    if (full) row.push_back(one_line(cat.statements[n].ja));
    plan.rows.push_back(std::move(row));
  }
  rep.sections.push_back(std::move(plan));
}

/// The report of `rate`: conformance, the open SHALL statements, the counts
/// per level and group, the plan, and what was tailored out.
template <policy_catalog C>
report rate_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l,
                   const std::string& file) {
  const auto& cat = C::catalog;
  auto rep = company_rate_head("Home-work security policy: ", "在宅勤務セキュリティポリシー：",
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
                          label(decision_of(r, n), l)});
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
    levels.rows.push_back({label(static_cast<tws::obligation>(lv), l),
                           tally_text(r.by_level[lv]), std::to_string(tailored)});
  }
  rep.sections.push_back(std::move(levels));

  section groups;
  groups.heading = say(l, "By group (implemented/applicable)", "グループ別（実施/対象）");
  groups.columns = {say(l, "group", "グループ")};
  for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
    groups.columns.push_back(label(static_cast<tws::obligation>(lv), l));
  }
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    std::vector<std::string> row{group_title(c, g, l)};
    for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
      row.push_back(tally_text(r.by_group[g][lv]));
    }
    groups.rows.push_back(std::move(row));
  }
  rep.sections.push_back(std::move(groups));

  add_plan(rep, c, doc, r, l, false, file);

  if (r.explicit_na.any()) {
    section tailored;
    tailored.heading = say(l, "Tailored out (not needed)", "適用除外（不要）とした項目");
    tailored.columns = {say(l, "statement", "項目"), say(l, "level", "レベル"),
                        say(l, "justification", "理由")};
    r.explicit_na.for_each([&](std::size_t n) {
      const auto* e = decision_entry_of(c, doc, n);
      tailored.rows.push_back({std::string{tws::item_id(c, n).view()} + " " +
                                   statement_title(c, n, l),
                               label(cat.statements[n].level, l),
                               e == nullptr ? "" : e->justification});
    });
    rep.sections.push_back(std::move(tailored));
  }
  add_expiry_sections(rep, doc, l);
  return rep;
}

/// What --require asks: conformance. Empty when the result meets it,
/// otherwise why not.
template <policy_catalog C>
std::string shortfall(C, const arguments& args, const std::string& value,
                      const tws::result_t<C>& r, lang l) {
  if (value != "conformant") {
    throw usage_error(args.command,
                      "--require \"" + value + "\": for " + std::string{C::id} + " expected conformant");
  }
  if (r.conformant) return {};
  const auto n = std::to_string(r.nonconforming.count());
  return l == lang::ja ? "適合していません（未対応の遵守事項 " + n + " 件）"
                       : "not conformant: " + n + " SHALL statement" +
                             (r.nonconforming.count() == 1 ? "" : "s") + " open";
}

/// The key of the result document that `gaps --format json` prints.
template <policy_catalog C>
std::string_view gaps_key(C) {
  return "plan";
}

/// The report of `gaps`: the plan, every statement in full.
template <policy_catalog C>
report gaps_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l) {
  auto rep = company_gaps_head(doc, r.fingerprint, l);
  rep.fields.emplace_back(say(l, "Conformant", "適合"),
                          r.conformant ? say(l, "yes", "はい") : say(l, "no", "いいえ"));
  add_plan(rep, c, doc, r, l, true);
  return rep;
}

// --- template ------------------------------------------------------------------

/// The texts a person filling in the template needs, keyed by the same IDs.
template <policy_catalog C>
nlohmann::json template_hints(C c) {
  const auto& cat = C::catalog;
  nlohmann::json h;
  h["decisions"] =
      "each statement ID: \"implemented\", or {\"decision\": \"planned\", \"deadline\": "
      "\"YYYY-MM-DD\"}, or {\"decision\": \"not_needed\", \"justification\": …}; optional "
      "\"impact\": {\"confidentiality\"|\"integrity\"|\"availability\"|\"non_repudiation\": "
      "\"minor\"|\"serious\"|\"critical\"} and \"note\"; on not_needed, \"approved_by\" and "
      "\"expires\" (YYYY-MM-DD, the last day the tailoring holds). A statement left out is "
      "undecided. \"date\" is the evaluation date (default: the day it is rated), for overdue "
      "plans and expired tailoring.";
  for (std::size_t n = 0; n < cat.statements.size(); ++n) {
    const auto& def = cat.statements[n];
    const auto& sec = cat.sections[def.section];
    h["statements"][std::string{tws::item_id(c, n).view()}] = {
        {"ja", def.ja},
        {"en", def.en},
        {"title_ja", def.title_ja},
        {"level", tws::to_string(def.level)},
        {"level_read", def.level_read},
        {"section", std::string{sec.no} + " " + std::string{sec.ja}},
        {"group", cat.groups[sec.group - 1].ja},
        {"checklist_no",
         def.checklist_no == 0 ? nlohmann::json(nullptr) : nlohmann::json(def.checklist_no)}};
  }
  return h;
}

// --- ask -------------------------------------------------------------------------

/// Statements are decided, not answered.
template <policy_catalog C>
constexpr bool takes_decisions(C) {
  return true;
}

/// The words of the questionnaire.
template <policy_catalog C>
ask_words words_of(C) {
  return {"Company or team name",
          "組織名",
          "  The name as it should appear in reports; Enter leaves it as it is.\n",
          "  レポートに表示する名称です。Enter でそのままにします。\n",
          "  y: true, n: false (items only for it do not apply), skip: leave it unstated "
          "(counts as true), back: previous step, quit: save and stop\n",
          "  y：該当、n：非該当（それだけが対象の項目は対象外）、skip：未記入（該当とみなす）、"
          "back：前へ、quit：保存して終了\n",
          "  i: implemented, p: planned (asks a deadline YYYY-MM-DD), n: not needed "
          "(asks a justification), skip: leave it undecided, back: previous statement, "
          "quit: save and stop\n",
          "  i：実施済み、p：実施予定（期限 YYYY-MM-DD を入力）、n：不要（理由を入力）、"
          "skip：未判定、back：前へ、quit：保存して終了\n"};
}

/// A statement's group: the questionnaire's sections.
template <policy_catalog C>
std::size_t section_of(C, std::size_t n) {
  const auto& cat = C::catalog;
  return std::size_t{cat.sections[cat.statements[n].section].group} - 1;
}

/// The heading of a section of the questionnaire.
template <policy_catalog C>
std::string section_title(C c, std::size_t g, lang l) {
  return group_title(c, g, l);
}

/// Asks statement `seq[i].index`: its level, its text, the decisions.
template <policy_catalog C>
void prompt_entry(const questionnaire<C>& q, const std::vector<step>& seq, std::size_t i) {
  const auto& def = C::catalog.statements[seq[i].index];
  const std::string id{tws::item_id(q.catalog(), seq[i].index).view()};
  std::cout << q.progress(seq, i, "statement", "項目") << " · " << id << " · "
            << label(def.level, q.language()) << "\n  " << def.ja
            << "\n  [i (implemented) / p (planned) / n (not needed) / skip / back]";
  if (const auto it = q.doc().decisions.find(id); it != q.doc().decisions.end()) {
    q.keeps(tws::to_string(it->second.value));
  }
  std::cout << " > " << std::flush;
}

/// Takes a decision: i, p (asks a deadline), n (asks a justification) or skip.
template <policy_catalog C>
taken take_entry(questionnaire<C>& q, std::size_t n, const std::string& word) {
  auto& decisions = q.doc().decisions;
  const std::string id{tws::item_id(q.catalog(), n).view()};
  const auto current = decisions.find(id);
  if (word.empty()) return current != decisions.end() ? taken::yes : q.invalid();
  if (word == "skip" || word == "s") {
    decisions.erase(id);
    return taken::yes;
  }
  tws::decision_entry entry;
  if (current != decisions.end()) {  // keeps impacts and note
    entry.impacts = current->second.impacts;
    entry.note = current->second.note;
  }
  if (word == "i" || word == "implemented") {
    entry.value = tws::decision::implemented;
  } else if (word == "p" || word == "planned") {
    entry.value = tws::decision::planned;
    const auto deadline = q.ask_text(
        "  Deadline (YYYY-MM-DD) > ", "  期限（YYYY-MM-DD） > ", "  A date YYYY-MM-DD is needed.\n",
        "  YYYY-MM-DD の日付を入力してください。\n",
        [](const std::string& t) { return tws::valid_date(t); });
    if (!deadline) return taken::end_of_input;
    entry.deadline = *deadline;
  } else if (word == "n" || word == "not_needed") {
    entry.value = tws::decision::not_needed;
    const auto why =
        q.ask_reason("  Why is it not needed? > ", "  不要とする理由 > ", "A justification", "理由");
    if (!why) return taken::end_of_input;
    entry.justification = *why;
  } else {
    return q.invalid();
  }
  entry.object_form = entry.value != tws::decision::implemented || !entry.note.empty() ||
                      entry.impacts != decltype(entry.impacts){};
  decisions[id] = std::move(entry);
  return taken::yes;
}

// --- diff ----------------------------------------------------------------------

/// Every difference between two documents: decisions (with deadline,
/// justification, impact), then conformance, the open SHALL statements,
/// overdue and undecided counts.
template <policy_catalog C>
std::vector<change_group> diff_assessments(C c, const tws::assessment_document& a,
                                           const tws::assessment_document& b, lang l) {
  const auto ja = tws::to_json(a);
  const auto jb = tws::to_json(b);
  std::vector<change_group> groups;
  groups.push_back(meta_changes(a, b, false, "組織", l));
  change_group decisions{"decisions", say(l, "Decisions", "実施判定"), {}};
  compare_members(
      decisions, member_of(ja, "decisions"), member_of(jb, "decisions"), "undecided", a, b,
      [&](const std::string& id) { return *tws::find_answer(c, id); },
      [&](const std::string& id) { return statement_title(c, *tws::find_answer(c, id), l); },
      [&](const tws::assessment_document& d, const std::string& id) {
        const auto it = d.decisions.find(id);
        if (it == d.decisions.end()) return label(tws::decision::undecided, l);
        const auto& e = it->second;
        std::string s = label(e.value, l);
        if (!e.deadline.empty()) s += say(l, " by ", "、期限 ") + e.deadline;
        if (!e.justification.empty()) s += say(l, ": ", "：") + e.justification;
        std::string impacts;
        for (std::size_t k = 0; k < tws::aspect_count; ++k) {
          if (e.impacts[k] == tws::impact::unrated) continue;
          impacts += (impacts.empty() ? "" : ", ") +
                     std::string{tws::to_string(static_cast<tws::aspect>(k))} + " " +
                     label(e.impacts[k], l);
        }
        if (!impacts.empty()) s += " (" + impacts + ")";
        return s;
      });
  groups.push_back(std::move(decisions));

  const auto ra = rate(c, a);
  const auto rb = rate(c, b);
  change_group rating{"rating", say(l, "Rating", "評価結果"), {}, false};
  const auto yes_no = [&](bool v) { return v ? say(l, "yes", "はい") : say(l, "no", "いいえ"); };
  rating.add("conformant", say(l, "conformant", "適合"), ra.conformant, rb.conformant,
             yes_no(ra.conformant), yes_no(rb.conformant));
  rating.count("nonconforming", say(l, "open SHALL statements", "未対応の遵守事項"),
               ra.nonconforming.count(), rb.nonconforming.count());
  rating.count("overdue", say(l, "overdue", "期限切れ"), ra.overdue.count(), rb.overdue.count());
  rating.count("undecided", say(l, "undecided statements", "未判定の項目"), ra.unanswered_count,
               rb.unanswered_count);
  rating.count("plan", say(l, "statements in the plan", "計画中の項目"), ra.plan_size,
               rb.plan_size);
  groups.push_back(std::move(rating));
  return groups;
}

// --- rules -----------------------------------------------------------------------

/// The catalog and its rules as a report: the rules, the levels, the groups,
/// and the statements by group with level (* where it is our reading) and
/// checklist number.
template <policy_catalog C>
report rules_report(C c) {
  const auto& cat = C::catalog;
  constexpr const auto& rules = tws::rule_tables_v<C::kind, typename C::default_rules>;
  auto rep = rules_head(c);
  rep.sections.push_back(rules_section(
      "Rating (SPEC §5)", {},
      {"Each statement is decided implemented, planned (with a deadline) or not_needed (tailored "
       "out with a justification, 003 §4.5); left out it is undecided. Conformant when every "
       "SHALL (遵守事項) is implemented or tailored out.",
       "The plan lists the open statements (planned or undecided) by impact — the highest over "
       "confidentiality, integrity, availability and non-repudiation; an aspect not rated ranks "
       "as " +
           std::string{tws::to_string(rules.rank[static_cast<std::size_t>(tws::impact::unrated)])} +
           " — then deadline (undecided last), level, source order. A deadline before the "
           "evaluation date is overdue; an overdue statement keeps its place by impact.",
       "A level marked * is our reading: sections 9 and 10 carry no tag, so the level is read "
       "from the wording (README, Interpretations)."}));

  auto levels = rules_section("レベル (levels)", {"level", "レベル", "statements", "required"});
  for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
    const auto o = static_cast<tws::obligation>(lv);
    std::size_t n = 0;
    for (const auto& s : cat.statements) n += s.level == o ? 1U : 0U;
    levels.rows.push_back({label(o, lang::en), label(o, lang::ja),
                           std::to_string(n), rules.required[lv] ? "yes" : "no"});
  }
  rep.sections.push_back(std::move(levels));

  auto groups =
      rules_section("グループ (groups)", {"#", "section", "グループ", "group", "statements"});
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < cat.statement_count; ++k) n += in_group(c, k, g) ? 1U : 0U;
    const auto& def = cat.groups[g];
    groups.rows.push_back({std::to_string(def.no), std::to_string(def.section), std::string{def.ja},
                           std::string{def.en}, std::to_string(n)});
  }
  rep.sections.push_back(std::move(groups));

  for (std::size_t g = 0; g < cat.group_count; ++g) {
    auto statements =
        rules_section(group_title(c, g, lang::ja) + " (" + std::string{cat.groups[g].en} + ")",
                      {"statement", "level", "checklist", "節", "内容", "title"});
    for (std::size_t n = 0; n < cat.statements.size(); ++n) {
      if (!in_group(c, n, g)) continue;
      const auto& def = cat.statements[n];
      const auto& sec = cat.sections[def.section];
      statements.rows.push_back(
          {std::string{tws::item_id(c, n).view()},
           std::string{tws::to_string(def.level)} + (def.level_read ? "*" : ""),
           def.checklist_no == 0 ? "" : std::to_string(def.checklist_no),
           std::string{sec.no} + " " + std::string{sec.ja}, one_line(def.ja), std::string{def.en}});
    }
    rep.sections.push_back(std::move(statements));
  }
  return rep;
}

/// The rules as Markdown tables or aligned text.
template <policy_catalog C>
std::string rules_text(C c, std::string_view format) {
  return render(rules_report(c), format);
}

/// The catalog and its rules as data: groups, sections, statements with
/// level, level_read and checklist_no, the levels and the rules' decisions
/// (which levels are required, how impacts rank).
template <policy_catalog C>
nlohmann::json rules_json(C c) {
  const auto& cat = C::catalog;
  constexpr const auto& rules = tws::rule_tables_v<C::kind, typename C::default_rules>;
  auto j = rules_json_head(c, "policy");
  j["groups"] = nlohmann::json::array();
  for (const auto& g : cat.groups) {
    j["groups"].push_back({{"no", g.no}, {"section", g.section}, {"ja", g.ja}, {"en", g.en}});
  }
  j["sections"] = nlohmann::json::array();
  for (const auto& s : cat.sections) {
    j["sections"].push_back({{"no", s.no}, {"group", s.group}, {"ja", s.ja}, {"en", s.en}});
  }
  j["statements"] = nlohmann::json::array();
  for (std::size_t n = 0; n < cat.statements.size(); ++n) {
    const auto& def = cat.statements[n];
    j["statements"].push_back(
        {{"id", tws::item_id(c, n).view()},
         {"section", cat.sections[def.section].no},
         {"level", tws::to_string(def.level)},
         {"level_read", def.level_read},
         {"checklist_no",
          def.checklist_no == 0 ? nlohmann::json(nullptr) : nlohmann::json(def.checklist_no)},
         {"title_ja", def.title_ja},
         {"ja", def.ja},
         {"en", def.en}});
  }
  j["levels"] = nlohmann::json::array();
  for (std::size_t lv = 0; lv < tws::obligation_count; ++lv) {
    const auto o = static_cast<tws::obligation>(lv);
    j["levels"].push_back({{"level", tws::to_string(o)},
                           {"ja", label(o, lang::ja)},
                           {"en", label(o, lang::en)},
                           {"required", rules.required[lv]}});
  }
  for (std::size_t i = 0; i < rules.rank.size(); ++i) {
    j["rules"]["rank"][std::string{tws::to_string(static_cast<tws::impact>(i))}] =
        tws::to_string(rules.rank[i]);
  }
  return j;
}

}  // namespace cli
