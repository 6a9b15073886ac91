#pragma once

// The self-check kind (mic-telework-v4 and catalogs like it; SPEC §5) as the
// commands see it: items by role and threat group, the level of the weakest
// group. Roles, groups, facts, patterns and headings are the catalog's data;
// a table the catalog does not have (patterns, trouble cases) is left out.

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

/// The name of role r, as the catalog gives it.
template <self_check_catalog C>
std::string role_name(C, std::size_t r, lang l) {
  const auto& role = C::catalog.roles[r];
  return std::string{l == lang::en ? role.en : role.ja};
}

/// "basic", "recommended", "basic+recommended" for an item.
inline std::string item_marks(const tws::self_check_item_def& item, lang l) {
  std::string s;
  if (item.basic) s += say(l, "basic", "基本");
  if (item.recommended) s += (s.empty() ? "" : "+") + say(l, "recommended", "推奨");
  return s.empty() ? say(l, "(unmarked: basic)", "（記載なし：基本）") : s;
}

/// Whether fact f is one of the catalog's patterns (the first facts are).
template <self_check_catalog C>
constexpr bool is_pattern(C, std::size_t f) {
  return f < C::catalog.pattern_count;
}

/// Whether the catalog is read beside a table of telework patterns (MIC's
/// 表1), whose facts beyond the patterns are about private devices (BYOD).
template <self_check_catalog C>
constexpr bool has_pattern_table(C) {
  return !C::catalog.headings.patterns_ja.empty();
}

/// The facts of a fact set, by their file-format ids.
template <self_check_catalog C>
nlohmann::json fact_ids(C, tws::fact_set set) {
  auto list = nlohmann::json::array();
  for (std::size_t f = 0; f < C::catalog.fact_count; ++f) {
    if (set.contains(tws::fact(static_cast<unsigned>(f)))) list.push_back(C::catalog.facts[f].id);
  }
  return list;
}

// --- rate and gaps -----------------------------------------------------------

/// The gap sections: unmet basic items, then unmet recommended ones. `full`
/// adds the Japanese text of each item; otherwise a pointer to `gaps`.
template <self_check_catalog C>
void add_item_gaps(report& rep, C c, const tws::result_t<C>& r, lang l, bool full,
                   const std::string& file = {}) {
  const auto& cat = C::catalog;
  if (r.unmet_basic.none() && r.unmet_recommended.none()) {
    section done;
    done.heading = say(l, "Next steps", "次にすべきこと");
    done.paragraphs.emplace_back(say(l, "Nothing left: every applicable item is implemented.",
                                     "該当する項目はすべて実施済みです。"));
    rep.sections.push_back(std::move(done));
    return;
  }
  const auto add = [&](const auto& set, std::string heading) {
    if (set.none()) return;
    section s;
    s.heading = std::move(heading);
    s.columns = {say(l, "item", "項目"), say(l, "group", "分類"), say(l, "state", "状態")};
    if (full) s.columns.push_back(say(l, "text", "内容"));
    set.for_each([&](std::size_t i) {
      const auto& item = cat.items[i];
      std::string id{tws::item_id(c, i).view()};
      if (l == lang::en) id += " " + std::string{item.en};
      std::vector<std::string> row{id, std::to_string(item.group), item_state_name(r, i, l)};
      if (full) row.push_back(one_line(item.ja));
      s.rows.push_back(std::move(row));
    });
    if (!full && !file.empty()) {
      const auto command = "teleworksec gaps " + file;
      s.paragraphs.push_back(l == lang::ja ? "各項目の全文は `" + command + "` で表示します。"
                                           : "`" + command + "` prints each item in full.");
    }
    rep.sections.push_back(std::move(s));
  };
  add(r.unmet_basic, say(l, "Basic measures not implemented (基本対策事項) — first",
                         "未実施の基本対策事項（最初に対応）"));
  add(r.unmet_recommended,
      say(l, "Recommended measures not implemented (推奨対策事項)", "未実施の推奨対策事項"));
}

/// The report of `rate`: the level, each group by role, the unmet items.
template <self_check_catalog C>
report rate_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l,
                   const std::string& file) {
  const auto& cat = C::catalog;
  auto rep = company_rate_head("Telework security self-check: ",
                               "テレワークセキュリティ自己点検：", doc, r.fingerprint, l);
  std::string weakest;
  r.weakest.for_each(
      [&](std::size_t g) { weakest += (weakest.empty() ? "" : ", ") + group_title(c, g, l); });
  rep.fields.emplace_back(say(l, "Level", "レベル"),
                          label(r.level, l) + " (" +
                              std::string{tws::to_string(r.level)} + ")");
  rep.fields.emplace_back(say(l, "Weakest groups", "最も弱い分類"),
                          weakest.empty() ? say(l, "(no applicable item)", "（該当項目なし）")
                                          : weakest);
  // The patterns in use on one line; every other fact on a line of its own,
  // labelled with its own text.
  std::string patterns;
  for (std::size_t f = 0; f < cat.facts.size(); ++f) {
    const auto& def = cat.facts[f];
    const auto it = doc.facts.find(std::string{def.id});
    const bool value = it == doc.facts.end() || it->second;
    if (!is_pattern(c, f)) {
      std::string name{def.en};
      if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') {
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
      }
      rep.fields.emplace_back(say(l, name, def.ja),
                              value ? say(l, "yes", "あり") : say(l, "no", "なし"));
    } else if (value) {
      patterns += (patterns.empty() ? "" : ", ") + say(l, def.en, def.ja);
    }
  }
  if (cat.pattern_count != 0) {
    rep.fields.emplace_back(say(l, "Telework patterns", "テレワークのパターン"),
                            patterns.empty() ? say(l, "(none)", "（なし）") : patterns);
  }
  rep.fields.emplace_back(say(l, "Provisional", "暫定"),
                          provisional_text(r.provisional, r.unanswered_count, l, "item", "項目"));

  section groups;
  groups.heading = say(l, "By threat group", "対策の分類別");
  groups.columns = {say(l, "group", "分類"), say(l, "level", "レベル"),
                    say(l, "implemented", "実施/該当")};
  for (std::size_t ro = 0; ro < cat.role_count; ++ro) groups.columns.push_back(role_name(c, ro, l));
  // A group whose applicable items are all recommended meets "basic" only
  // because it has no basic item: say so, with its recommended count.
  constexpr const auto& tables = tws::engine_tables_v<C>;
  std::vector<bool> has_basic(cat.group_count, false);
  (r.applicable & tables.basic).for_each([&](std::size_t i) {
    has_basic[tables.item_group[i]] = true;
  });
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    std::string level = std::string{tws::to_string(r.group_level[g])};
    if (!r.rated_groups.test(g)) {
      level = say(l, "(not rated)", "（評価対象外）");
    } else if (!has_basic[g]) {
      level = say(l, "no basic items; recommended ", "基本対策事項なし、推奨 ") +
              tally_text(r.by_group[g]) + " (" + level + ")";
    }
    std::vector<std::string> row{group_title(c, g, l), level, tally_text(r.by_group[g])};
    for (std::size_t ro = 0; ro < cat.role_count; ++ro) {
      row.push_back(tally_text(r.by_role_group[ro][g]));
    }
    groups.rows.push_back(std::move(row));
  }
  std::string roles;
  for (std::size_t ro = 0; ro < cat.role_count; ++ro) {
    roles += (roles.empty() ? "" : ", ") + role_name(c, ro, l) + " " + tally_text(r.by_role[ro]);
  }
  groups.paragraphs.push_back(say(l, "Columns: group, level, implemented/applicable, then by role.",
                                  "列：分類、レベル、実施/該当、役割別の実施/該当。"));
  groups.paragraphs.push_back(say(l, "Implemented/applicable by role: ", "役割別の実施/該当：") +
                              roles);
  rep.sections.push_back(std::move(groups));

  add_item_gaps(rep, c, r, l, false, file);
  add_excluded_section(rep, c, doc, r.explicit_na, "対象外（na）とした項目", "item", "項目", l);
  add_expiry_sections(rep, doc, l);
  return rep;
}

/// What --require asks: the level basic or recommended. Empty when the
/// result meets it, otherwise why not.
template <self_check_catalog C>
std::string shortfall(C, const arguments& args, const std::string& value,
                      const tws::result_t<C>& r, lang l) {
  if (value != "basic" && value != "recommended") {
    throw usage_error(args.command, "--require \"" + value + "\": for " + std::string{C::id} +
                                        " expected basic or recommended");
  }
  const auto needed =
      value == "basic" ? tws::self_check_level::basic : tws::self_check_level::recommended;
  if (r.level >= needed) return {};
  return l == lang::ja ? "レベル " + label(r.level, l) + " は必要な " +
                             label(needed, l) + " に達していません"
                       : "level " + std::string{tws::to_string(r.level)} +
                             " is below the required " + value;
}

/// The key of the result document that `gaps --format json` prints.
template <self_check_catalog C>
std::string_view gaps_key(C) {
  return "gaps";
}

/// The report of `gaps`: the unmet basic items, then the recommended ones, in full.
template <self_check_catalog C>
report gaps_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l) {
  auto rep = company_gaps_head(doc, r.fingerprint, l);
  rep.fields.emplace_back(say(l, "Level", "レベル"), label(r.level, l));
  add_item_gaps(rep, c, r, l, true);
  return rep;
}

// --- template ------------------------------------------------------------------

/// The texts a person filling in the template needs, keyed by the same IDs.
template <self_check_catalog C>
nlohmann::json template_hints(C c) {
  const auto& cat = C::catalog;
  nlohmann::json h;
  h["answers"] =
      "each item ID: \"yes\", \"no\", \"na\" or {\"answer\": …, \"reason\": …, on na "
      "\"approved_by\": …, \"expires\": \"YYYY-MM-DD\"}; an applicable "
      "item left out is unanswered (counted as not implemented)";
  std::string patterns;
  std::string scoped;
  for (std::size_t f = 0; f < cat.facts.size(); ++f) {
    const auto& def = cat.facts[f];
    auto list = nlohmann::json::array();
    const auto self = tws::fact(static_cast<unsigned>(f));
    for (std::size_t i = 0; i < cat.items.size(); ++i) {
      const auto& item = cat.items[i];
      if (item.patterns.contains(self) || item.scope.needs.contains(self)) {
        list.push_back(tws::item_id(c, i).view());
      }
    }
    h["facts"][std::string{def.id}] = {{"ja", def.ja}, {"en", def.en}, {"items", list}};
    if (!is_pattern(c, f)) scoped += (scoped.empty() ? "" : ", ") + std::string{def.id};
  }
  std::string note;
  if (cat.pattern_count != 0) {
    const auto& heading = cat.headings.patterns_ja;
    note = std::string{cat.facts[0].id} + " … " + std::string{cat.facts[cat.pattern_count - 1].id} +
           ": the telework patterns in use (" + std::string{heading.substr(0, heading.find(' '))} +
           "; any number true); an item with 【対象】 patterns applies when one of them is true. ";
  }
  if (!scoped.empty()) {
    note += scoped + (has_pattern_table(c)
                          ? ": private devices are used (items only for BYOD apply then). "
                          : ": items that need a fact apply only when it is true. ");
  }
  h["facts_note"] = note + "A fact left out counts as true.";
  for (std::size_t i = 0; i < cat.items.size(); ++i) {
    const auto& item = cat.items[i];
    auto patterns_of = nlohmann::json::array();
    for (std::size_t f = 0; f < cat.pattern_count; ++f) {
      if (item.patterns.contains(tws::fact(static_cast<unsigned>(f)))) {
        patterns_of.push_back(cat.facts[f].id);
      }
    }
    h["items"][std::string{tws::item_id(c, i).view()}] = {
        {"ja", item.ja},
        {"en", item.en},
        {"role", cat.roles[item.role].id},
        {"group", cat.groups[item.group - 1].ja},
        {"basic", item.basic},
        {"recommended", item.recommended},
        {"patterns", patterns_of},
        {"byod_only", !item.scope.needs.empty()},
        {"page", item.page}};
  }
  return h;
}

// --- ask -------------------------------------------------------------------------

/// The words of the questionnaire: a company's.
template <self_check_catalog C>
ask_words words_of(C) {
  return company_words;
}

/// What the questionnaire asks of fact f: whether a pattern is used, whether
/// private devices are (beside a pattern table), or else the fact's own text.
template <self_check_catalog C>
std::string fact_question(C c, std::size_t f, lang l) {
  if (is_pattern(c, f)) {
    return say(l, "Is this telework pattern used: ", "このテレワークのパターンを使いますか：");
  }
  return has_pattern_table(c) ? say(l, "Are private devices used for telework: ",
                                    "テレワークで私用端末を使いますか：")
                              : std::string{};
}

/// An item's threat group: the questionnaire's sections.
template <self_check_catalog C>
std::size_t section_of(C, std::size_t i) {
  return std::size_t{C::catalog.items[i].group} - 1;
}

/// The heading of a section of the questionnaire.
template <self_check_catalog C>
std::string section_title(C c, std::size_t g, lang l) {
  return group_title(c, g, l);
}

/// Asks item `seq[i].index`: its role and marks, then its text.
template <self_check_catalog C>
void prompt_entry(const questionnaire<C>& q, const std::vector<step>& seq, std::size_t i) {
  const auto c = q.catalog();
  const auto& item = C::catalog.items[seq[i].index];
  const std::string id{tws::item_id(c, seq[i].index).view()};
  std::cout << q.progress(seq, i, "item", "項目") << " · " << id << " · "
            << role_name(c, item.role, q.language()) << " · " << item_marks(item, q.language())
            << "\n  " << item.ja;
  q.prompt_answer_keys(id);
}

// --- diff ----------------------------------------------------------------------

/// Every difference between two documents: facts and answers, then item
/// states, group levels and the level.
template <self_check_catalog C>
std::vector<change_group> diff_assessments(C c, const tws::assessment_document& a,
                                           const tws::assessment_document& b, lang l) {
  const auto& cat = C::catalog;
  const auto ja = tws::to_json(a);
  const auto jb = tws::to_json(b);
  const auto title = [&](const std::string& id) {
    const auto i = *tws::find_answer(c, id);
    return one_line(say(l, cat.items[i].en, cat.items[i].ja));
  };
  std::vector<change_group> groups;
  groups.push_back(meta_changes(a, b, false, "組織", l));
  groups.push_back(fact_changes(c, say(l, "Facts", "条件"), ja, jb, a, b, l));
  groups.push_back(answer_changes(
      c, ja, jb, a, b, title,
      [&](const tws::answer_entry& e) {
        return e.reason.empty() ? std::string{} : say(l, ": ", "：") + e.reason;
      },
      l));
  const auto ra = rate(c, a);
  const auto rb = rate(c, b);
  groups.push_back(item_state_changes(c, ra, rb, "items", say(l, "Items", "項目"), title, l));

  change_group levels{"groups", say(l, "Threat groups", "対策の分類"), {}, false};
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    const auto level_of = [&](const auto& r) {
      return r.rated_groups.test(g) ? nlohmann::json(tws::to_string(r.group_level[g]))
                                    : nlohmann::json(nullptr);
    };
    const auto text = [&](const auto& r) {
      return (r.rated_groups.test(g) ? std::string{tws::to_string(r.group_level[g])}
                                     : say(l, "not rated", "評価対象外")) +
             " (" + tally_text(r.by_group[g]) + ")";
    };
    levels.add(std::to_string(g + 1), group_title(c, g, l),
               {{"level", level_of(ra)},
                {"implemented", ra.by_group[g].implemented},
                {"applicable", ra.by_group[g].applicable}},
               {{"level", level_of(rb)},
                {"implemented", rb.by_group[g].implemented},
                {"applicable", rb.by_group[g].applicable}},
               text(ra), text(rb));
  }
  groups.push_back(std::move(levels));

  change_group rating{"rating", say(l, "Rating", "評価結果"), {}, false};
  rating.add("level", say(l, "level", "レベル"), tws::to_string(ra.level),
             tws::to_string(rb.level), label(ra.level, l),
             label(rb.level, l));
  rating.count("unanswered", say(l, "unanswered items", "未回答の項目"), ra.unanswered_count,
               rb.unanswered_count);
  groups.push_back(std::move(rating));
  return groups;
}

// --- rules -----------------------------------------------------------------------

/// The catalog and its rules as a report: the rules, levels, facts, the
/// patterns table (when the catalog has one), the groups, the items by role
/// and the trouble cases (when it has them).
template <self_check_catalog C>
report rules_report(C c) {
  const auto& cat = C::catalog;
  constexpr const auto& rules = tws::rule_tables_v<C::kind, typename C::default_rules>;
  auto rep = rules_head(c);
  rep.sections.push_back(rules_section(
      "Rating (SPEC §5)", {},
      {"An item applies when its 【対象】 patterns include a pattern in use (no 【対象】: every "
       "pattern) and, for BYOD-only items, when private devices are used; na excludes it. "
       "Unanswered counts as not implemented.",
       std::string{"A group is basic_unmet when an applicable basic item is not implemented, "
                   "recommended when every applicable item is, basic otherwise. The level is the "
                   "weakest rated group's (「最も弱いところが全体のセキュリティレベルになる」). "} +
           (rules.basic[0] ? "Items without a 基本/推奨 block count as basic."
                           : "Items without a 基本/推奨 block count as recommended.")}));

  auto levels = rules_section("レベル (levels)", {"code", "レベル", "level"});
  for (auto v : {tws::self_check_level::basic_unmet, tws::self_check_level::basic,
                 tws::self_check_level::recommended}) {
    levels.rows.push_back({std::string{tws::to_string(v)}, std::string{tws::name_ja(v)},
                           std::string{tws::name_en(v)}});
  }
  rep.sections.push_back(std::move(levels));

  auto facts = rules_section("条件 (facts)", {"fact", "条件", "meaning", "items"});
  for (std::size_t f = 0; f < cat.facts.size(); ++f) {
    const auto& def = cat.facts[f];
    const auto self = tws::fact(static_cast<unsigned>(f));
    std::size_t n = 0;
    for (const auto& item : cat.items) {
      n += item.patterns.contains(self) || item.scope.needs.contains(self) ? 1U : 0U;
    }
    facts.rows.push_back({"`" + std::string{def.id} + "`", std::string{def.ja},
                          std::string{def.en}, std::to_string(n)});
  }
  rep.sections.push_back(std::move(facts));

  if (!cat.headings.patterns_ja.empty()) {
    auto patterns = rules_section(
        std::string{cat.headings.patterns_ja} + " (patterns)",
        {"#", "方式", "pattern", "概要", "電子データを保存するか？",
         "オフィスの端末と同じ環境を利用するか？", "クラウドサービスを利用するか？", "BYODとの親和性",
         "高速インターネット回線の必要性", "備考"});
    for (const auto& p : cat.patterns) {
      patterns.rows.push_back({std::to_string(p.no), std::string{p.ja}, std::string{p.en},
                               std::string{p.summary_ja}, std::string{p.data_ja},
                               std::string{p.same_environment_ja}, std::string{p.cloud_ja},
                               std::string{p.byod_ja}, std::string{p.fast_line_ja},
                               std::string{p.note_ja}});
    }
    rep.sections.push_back(std::move(patterns));
  }

  auto groups = rules_section("対策の分類 (threat groups)", {"#", "分類", "解説の見出し", "group"});
  for (const auto& g : cat.groups) {
    groups.rows.push_back({std::to_string(g.no), std::string{g.ja}, std::string{g.explanation_ja},
                           std::string{g.en}});
  }
  rep.sections.push_back(std::move(groups));

  for (std::size_t who = 0; who < cat.role_count; ++who) {
    auto items = rules_section(role_name(c, who, lang::ja) + " (" + role_name(c, who, lang::en) + ")",
                               {"item", "group", "基本", "推奨", "【対象】", "BYOD", "p.", "内容",
                                "title"});
    for (std::size_t i = 0; i < cat.items.size(); ++i) {
      const auto& item = cat.items[i];
      if (item.role != who) continue;
      std::string targets;
      for (std::size_t f = 0; f < cat.pattern_count; ++f) {
        if (item.patterns.contains(tws::fact(static_cast<unsigned>(f)))) {
          targets += (targets.empty() ? "" : ",") + std::to_string(f + 1);
        }
      }
      const char* scope = !item.scope.needs.empty()              ? "only"
                          : !item.scope.own_wording_when.empty() ? "variant"
                                                                 : "";
      items.rows.push_back({std::string{tws::item_id(c, i).view()}, std::to_string(item.group),
                            item.basic ? "●" : "", item.recommended ? "●" : "",
                            targets.empty() ? "all" : targets, scope, std::to_string(item.page),
                            one_line(item.ja), std::string{item.en}});
    }
    rep.sections.push_back(std::move(items));
  }

  if (!cat.headings.cases_ja.empty()) {
    auto cases = rules_section(std::string{cat.headings.cases_ja} + " (trouble cases)",
                               {"#", "p.", "事例", "case", "items"});
    for (const auto& k : cat.cases) {
      std::string items;
      for (std::size_t i = 0; i < k.item_count; ++i) {
        items += (items.empty() ? "" : ", ") + std::string{cat.roles[k.items[i].role].id} + "/" +
                 std::to_string(k.items[i].no);
      }
      cases.rows.push_back({std::to_string(k.no), std::to_string(k.page), std::string{k.ja},
                            std::string{k.en}, items});
    }
    rep.sections.push_back(std::move(cases));
  }
  return rep;
}

/// The rules as Markdown tables or aligned text.
template <self_check_catalog C>
std::string rules_text(C c, std::string_view format) {
  return render(rules_report(c), format);
}

/// A pattern's 電子データを保存するか？ as a file-format word.
inline std::string_view data_name(tws::data_on_terminal d) {
  switch (d) {
    case tws::data_on_terminal::none:
      return "none";
    case tws::data_on_terminal::either:
      return "either";
    case tws::data_on_terminal::stored:
      break;
  }
  return "stored";
}

/// The catalog and its rules as data: headings, facts, roles, groups,
/// patterns, items with their flags, trouble cases, levels and the rules'
/// decisions (their tables, as the engine reads them).
template <self_check_catalog C>
nlohmann::json rules_json(C c) {
  const auto& cat = C::catalog;
  constexpr const auto& rules = tws::rule_tables_v<C::kind, typename C::default_rules>;
  auto j = rules_json_head(c, "self_check");
  j["headings"] = {{"patterns_ja", cat.headings.patterns_ja},
                   {"patterns_en", cat.headings.patterns_en},
                   {"cases_ja", cat.headings.cases_ja},
                   {"cases_en", cat.headings.cases_en}};
  const auto item_of = [&](tws::item_ref ref) {
    for (std::size_t i = 0; i < cat.items.size(); ++i) {
      if (cat.items[i].role == ref.role && cat.items[i].no == ref.no) {
        return std::string{tws::item_id(c, i).view()};
      }
    }
    return std::string{};
  };
  j["facts"] = nlohmann::json::array();
  for (std::size_t f = 0; f < cat.facts.size(); ++f) {
    const auto& def = cat.facts[f];
    const auto self = tws::fact(static_cast<unsigned>(f));
    auto items = nlohmann::json::array();
    for (std::size_t i = 0; i < cat.items.size(); ++i) {
      if (cat.items[i].patterns.contains(self) || cat.items[i].scope.needs.contains(self)) {
        items.push_back(tws::item_id(c, i).view());
      }
    }
    j["facts"].push_back({{"id", def.id},
                          {"ja", def.ja},
                          {"en", def.en},
                          {"pattern", is_pattern(c, f)},
                          {"items", items}});
  }
  j["roles"] = nlohmann::json::array();
  for (const auto& r : cat.roles) j["roles"].push_back({{"id", r.id}, {"ja", r.ja}, {"en", r.en}});
  j["groups"] = nlohmann::json::array();
  for (const auto& g : cat.groups) {
    j["groups"].push_back(
        {{"no", g.no}, {"ja", g.ja}, {"explanation_ja", g.explanation_ja}, {"en", g.en}});
  }
  j["patterns"] = nlohmann::json::array();
  for (std::size_t p = 0; p < cat.patterns.size(); ++p) {
    const auto& def = cat.patterns[p];
    j["patterns"].push_back({{"no", def.no},
                             {"fact", cat.facts[p].id},
                             {"ja", def.ja},
                             {"en", def.en},
                             {"summary_ja", def.summary_ja},
                             {"data", data_name(def.data)},
                             {"data_ja", def.data_ja},
                             {"same_environment_ja", def.same_environment_ja},
                             {"cloud_ja", def.cloud_ja},
                             {"byod_ja", def.byod_ja},
                             {"fast_line_ja", def.fast_line_ja},
                             {"note_ja", def.note_ja}});
  }
  j["items"] = nlohmann::json::array();
  for (std::size_t i = 0; i < cat.items.size(); ++i) {
    const auto& item = cat.items[i];
    j["items"].push_back(
        {{"id", tws::item_id(c, i).view()},
         {"role", cat.roles[item.role].id},
         {"no", item.no},
         {"group", item.group},
         {"basic", item.basic},
         {"recommended", item.recommended},
         {"counts_as_basic", rules.basic[(item.basic ? 1U : 0U) + (item.recommended ? 2U : 0U)]},
         {"patterns", fact_ids(c, item.patterns)},
         {"needs", fact_ids(c, item.scope.needs)},
         {"own_wording_when", fact_ids(c, item.scope.own_wording_when)},
         {"page", item.page},
         {"ja", item.ja},
         {"en", item.en}});
  }
  j["cases"] = nlohmann::json::array();
  for (const auto& k : cat.cases) {
    auto items = nlohmann::json::array();
    for (std::size_t i = 0; i < k.item_count; ++i) items.push_back(item_of(k.items[i]));
    j["cases"].push_back(
        {{"no", k.no}, {"page", k.page}, {"ja", k.ja}, {"en", k.en}, {"items", items}});
  }
  j["levels"] = nlohmann::json::array();
  for (auto v : {tws::self_check_level::basic_unmet, tws::self_check_level::basic,
                 tws::self_check_level::recommended}) {
    j["levels"].push_back({{"code", tws::to_string(v)}, {"ja", tws::name_ja(v)}, {"en", tws::name_en(v)}});
  }
  auto& decisions = j["rules"];
  for (std::size_t k = 0; k < rules.basic.size(); ++k) {
    const bool first = (k & 1U) != 0;
    const bool second = (k & 2U) != 0;
    decisions["counts_as_basic"].push_back(
        {{"basic_block", first}, {"recommended_block", second}, {"basic", rules.basic[k]}});
    decisions["group_level"].push_back(
        {{"basic_met", first}, {"all_met", second}, {"level", tws::to_string(rules.level[k])}});
  }
  return j;
}

}  // namespace cli
