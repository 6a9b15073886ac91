#pragma once

// `teleworksec diff A B`: what changed between two assessments of one catalog
// — facts, answers, overrides, check results — and what that did to the
// measure statuses, the grades and the level.

#include <cstddef>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "args.hpp"
#include "gaps.hpp"
#include "io.hpp"
#include "report.hpp"
#include "telework_wording.hpp"
#include "wording.hpp"

namespace cli {

/// One difference: file-format values for JSON, words for people.
struct change {
  std::string id;
  std::string title;
  nlohmann::json from;
  nlohmann::json to;
  std::string from_text;
  std::string to_text;
};

/// The differences of one kind, e.g. "answers".
struct change_group {
  std::string key;
  std::string heading;
  std::vector<change> changes;
  bool id_in_text = true;  ///< false: the title alone names the change for people
};

namespace detail_diff {

// "yes" and {"answer": "yes"} say the same; so do "passed" and {"status": "passed"}.
inline nlohmann::json normal(const nlohmann::json& v) {
  for (const char* key : {"answer", "status", "decision"}) {
    if (v.is_object() && v.size() == 1 && v.contains(key)) return v[key];
  }
  return v;
}

inline std::string text_of(const nlohmann::json& v, const std::string& missing) {
  if (v.is_null()) return missing;
  return v.is_string() ? v.get<std::string>() : v.dump();
}

// Compares the members of two objects of the file format (absent = `missing`),
// in catalog order: rank(key) is the ID's index. title(key) names an ID;
// text(document, key) says its value in words.
template <class Rank, class Title, class Text>
void compare_members(change_group& g, const nlohmann::json& a, const nlohmann::json& b,
                     const nlohmann::json& missing, const tws::assessment_document& doc_a,
                     const tws::assessment_document& doc_b, Rank rank, Title title, Text text) {
  std::set<std::pair<std::size_t, std::string>> keys;
  for (const auto* side : {&a, &b}) {
    if (side->is_object()) {
      for (const auto& [k, v] : side->items()) keys.emplace(rank(k), k);
    }
  }
  for (const auto& [order, k] : keys) {
    const auto from = a.contains(k) ? normal(a[k]) : missing;
    const auto to = b.contains(k) ? normal(b[k]) : missing;
    if (from == to) continue;
    g.changes.push_back({k, title(k), from, to, text(doc_a, k), text(doc_b, k)});
  }
}

// The facts of two documents of catalog c, as JSON (ja, jb) and read (a, b);
// a fact left out is unstated, which counts as true.
template <class Catalog>
change_group fact_changes(Catalog c, std::string heading, const nlohmann::json& ja,
                          const nlohmann::json& jb, const tws::assessment_document& a,
                          const tws::assessment_document& b, lang l) {
  change_group facts{"facts", std::move(heading), {}};
  compare_members(
      facts, ja["facility"]["facts"], jb["facility"]["facts"], nullptr, a, b,
      [&](const std::string& id) { return *tws::find_fact(c, id); },
      [&](const std::string& id) {
        const auto& def = tws::facts_of(c)[*tws::find_fact(c, id)];
        return say(l, def.en, def.ja);
      },
      [&](const tws::assessment_document& d, const std::string& id) {
        const auto it = d.facts.find(id);
        if (it == d.facts.end()) return say(l, "unstated (true)", "未記入（true）");
        return std::string{it->second ? "true" : "false"};
      });
  return facts;
}

}  // namespace detail_diff

}  // namespace cli

#include "telework_diff.hpp"  // diff_telework(), on change_group and detail_diff above

namespace cli {

/// Every difference between two documents of catalog `c` and their results.
template <class Catalog>
std::vector<change_group> diff_assessments(Catalog c, const tws::assessment_document& a,
                                           const tws::assessment_document& b, lang l) {
  using res = tws::certification_result<Catalog>;
  using detail_diff::compare_members;
  using doc_t = tws::assessment_document;
  const auto ja = tws::to_json(a);
  const auto jb = tws::to_json(b);
  const auto member = [](const nlohmann::json& j, const char* key) {
    return j.value(key, nlohmann::json::object());
  };
  std::vector<change_group> groups;

  change_group meta{"assessment", say(l, "Assessment", "評価の条件"), {}, false};
  const auto meta_of = [](const doc_t& d) {
    auto m = nlohmann::json::object();
    m["policy"] = tws::to_string(d.policy);
    if (!d.facility_name.empty()) m["facility"] = d.facility_name;
    if (!d.date.empty()) m["date"] = d.date;
    return m;
  };
  const auto ma = meta_of(a);
  const auto mb = meta_of(b);
  compare_members(
      meta, ma, mb, nullptr, a, b, [](const std::string&) { return std::size_t{0}; },
      [&](const std::string& key) {
        if (key == "facility") return say(l, "facility", "施設");
        return key == "date" ? say(l, "date", "評価日") : say(l, "policy", "評価方針");
      },
      [&](const doc_t& d, const std::string& key) {
        return detail_diff::text_of(meta_of(d).value(key, nlohmann::json()), "—");
      });
  groups.push_back(std::move(meta));

  groups.push_back(detail_diff::fact_changes(c, say(l, "Facts", "施設の条件"), ja, jb, a, b, l));

  change_group answers{"answers", say(l, "Answers", "回答"), {}};
  compare_members(
      answers, ja["answers"], jb["answers"], "unanswered", a, b,
      [&](const std::string& id) { return *tws::find_question(c, id); },
      [&](const std::string& id) {
        return item_title(
            c, Catalog::checklist_scoring.question_measure[*tws::find_question(c, id)], l);
      },
      [&](const doc_t& d, const std::string& id) {
        const auto it = d.answers.find(id);
        if (it == d.answers.end()) return answer_name(tws::answer::unanswered, l);
        const auto& e = it->second;
        std::string s = answer_name(e.value, l);
        std::string kinds;
        for (const auto& ev : e.evidence)
          kinds += (kinds.empty() ? "" : ", ") + std::string{tws::to_string(ev.kind)};
        if (!kinds.empty()) s += say(l, " (evidence: ", "（証跡：") + kinds + say(l, ")", "）");
        if (!e.reason.empty()) s += say(l, ": ", "：") + e.reason;
        return s;
      });
  groups.push_back(std::move(answers));

  change_group overrides{"overrides", say(l, "Set by an inspector", "検査員による設定"), {}};
  compare_members(
      overrides, member(ja, "overrides"), member(jb, "overrides"), nullptr, a, b,
      [&](const std::string& id) { return *tws::find_override(c, id); },
      [&](const std::string& id) { return item_title(c, *tws::find_override(c, id), l); },
      [&](const doc_t& d, const std::string& id) {
        const auto it = d.overrides.find(id);
        if (it == d.overrides.end()) return say(l, "derived from the answers", "回答から算出");
        return status_name(it->second.value, l) +
               (it->second.by.empty()
                    ? ""
                    : say(l, " by ", "（設定者：") + it->second.by + say(l, "", "）"));
      });
  groups.push_back(std::move(overrides));

  change_group checks{"diagnosis", say(l, "Diagnosis checks", "脆弱性診断の検査項目"), {}};
  if constexpr (Catalog::check_count != 0) {
    compare_members(
        checks, member(ja, "diagnosis"), member(jb, "diagnosis"), "not_performed", a, b,
        [&](const std::string& id) { return *tws::find_check(c, id); },
        [&](const std::string& id) { return check_title(c, *tws::find_check(c, id), l); },
        [&](const doc_t& d, const std::string& id) {
          const auto it = d.diagnosis.find(id);
          if (it == d.diagnosis.end()) {
            return check_state_name(tws::check_outcome::kind::not_performed, l);
          }
          std::string s = check_state_name(it->second.status, l);
          std::string severities;
          for (const auto& f : it->second.findings) {
            severities += (severities.empty() ? "" : ", ") + severity_name(f.level, l);
          }
          return severities.empty() ? s : s + " (" + severities + ")";
        });
  }
  groups.push_back(std::move(checks));

  const auto ra = tws::evaluate(c, tws::to_assessment(c, a));
  const auto rb = tws::evaluate(c, tws::to_assessment(c, b));
  const auto status_change = [&](std::string id, std::string title, tws::status from,
                                 tws::status to) {
    return change{std::move(id),      std::move(title),     tws::to_string(from),
                  tws::to_string(to), status_name(from, l), status_name(to, l)};
  };

  change_group items{"audit_items", say(l, "Audit items", "監査項目"), {}};
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    if (ra.measure_status[m] != rb.measure_status[m]) {
      items.changes.push_back(status_change(item_id(c, m), item_title(c, m, l),
                                            ra.measure_status[m], rb.measure_status[m]));
    }
  }
  groups.push_back(std::move(items));

  change_group categories{"categories", say(l, "Categories", "カテゴリ"), {}};
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    if (ra.category_status[cat] != rb.category_status[cat]) {
      categories.changes.push_back(status_change(
          std::to_string(cat + 1),
          say(l, Catalog::checklist.categories[cat].en, Catalog::checklist.categories[cat].ja),
          ra.category_status[cat], rb.category_status[cat]));
    }
  }
  groups.push_back(std::move(categories));

  change_group rating{"rating", say(l, "Rating", "評価結果"), {}, false};
  const auto add = [&](std::string id, std::string title, nlohmann::json from, nlohmann::json to,
                       std::string from_text, std::string to_text) {
    if (from != to) {
      rating.changes.push_back({std::move(id), std::move(title), std::move(from), std::move(to),
                                std::move(from_text), std::move(to_text)});
    }
  };
  add("audit_grade", say(l, "audit grade", "情報セキュリティ監査"), tws::to_string(ra.audit_grade),
      tws::to_string(rb.audit_grade), std::string{tws::to_string(ra.audit_grade)},
      std::string{tws::to_string(rb.audit_grade)});
  const std::string no_diagnosis{say(l, "none", "なし")};
  const auto diagnosis_json = [](const res& r) {
    return r.has_diagnosis ? nlohmann::json(tws::to_string(r.diagnosis_grade))
                           : nlohmann::json(nullptr);
  };
  add("diagnosis_grade", say(l, "diagnosis grade", "脆弱性診断"), diagnosis_json(ra),
      diagnosis_json(rb), detail_diff::text_of(diagnosis_json(ra), no_diagnosis),
      detail_diff::text_of(diagnosis_json(rb), no_diagnosis));
  add("level", say(l, "level", "認証レベル"),
      {{"stars", ra.level.stars}, {"indicative", ra.level.indicative}},
      {{"stars", rb.level.stars}, {"indicative", rb.level.indicative}}, level_text(ra, l),
      level_text(rb, l));
  add("unanswered", say(l, "unanswered questions", "未回答の質問"), ra.unanswered_count,
      rb.unanswered_count, std::to_string(ra.unanswered_count),
      std::to_string(rb.unanswered_count));
  groups.push_back(std::move(rating));
  return groups;
}

inline constexpr option_spec diff_options[] = {
    {"format", "text|json", "output format (default text)"},
    {"lang", "en|ja", "language of the text (default en)"},
};

inline int run_diff(const arguments& args) {
  const auto format = args.choice("format", {"text", "json"}, "text");
  const auto l = parse_lang(args);
  const auto a = load_assessment(args.positional[0]);
  const auto b = load_assessment(args.positional[1]);
  if (a.catalog != b.catalog) {
    throw tws::input_error(display_name(args.positional[1]), "$[\"catalog\"]",
                           "catalog \"" + b.catalog + "\" differs from \"" + a.catalog + "\" of " +
                               display_name(args.positional[0]) +
                               "; diff compares two assessments of one catalog");
  }
  std::vector<change_group> groups;
  tws::visit_catalog(a.catalog, [&](auto c) {
    if constexpr (certification_kind<decltype(c)>) {
      groups = diff_assessments(c, a, b, l);
    } else {
      groups = diff_telework(c, a, b, l);
    }
  });

  if (format == "json") {
    nlohmann::json j{{"catalog", a.catalog},
                     {"a", display_name(args.positional[0])},
                     {"b", display_name(args.positional[1])}};
    for (const auto& g : groups) {
      auto& list = j["changes"][g.key] = nlohmann::json::array();
      for (const auto& ch : g.changes)
        list.push_back({{"id", ch.id}, {"from", ch.from}, {"to", ch.to}});
    }
    std::cout << tws::dump(j);
    return 0;
  }
  report rep;
  rep.title = l == lang::ja ? display_name(args.positional[0]) + " から " +
                                  display_name(args.positional[1]) + " への変更"
                            : "Changes from " + display_name(args.positional[0]) + " to " +
                                  display_name(args.positional[1]);
  rep.fields.emplace_back(say(l, "Catalog", "カタログ"), a.catalog);
  for (auto& g : groups) {
    if (g.changes.empty()) continue;
    section s;
    s.heading = g.heading;
    s.columns = {say(l, "what", "項目"), say(l, "from", "変更前"), "", say(l, "to", "変更後")};
    for (const auto& ch : g.changes) {
      s.rows.push_back(
          {g.id_in_text ? ch.id + " " + ch.title : ch.title, ch.from_text, "→", ch.to_text});
    }
    rep.sections.push_back(std::move(s));
  }
  if (rep.sections.empty()) {
    rep.sections.push_back({say(l, "No differences", "違いはありません"), {}, {}, {}});
  }
  std::cout << render_text(rep);
  return 0;
}

inline constexpr command_def diff_command{
    "diff",
    "A B [--format text|json] [--lang en|ja]",
    "Show what changed between two assessments of the same catalog: facts, answers,\n"
    "inspector overrides and check results, then what that changed in the audit item and\n"
    "category statuses, the grades, the level and the unanswered count.",
    "mic-telework-v4: facts and answers, then item states, group levels and the level.\n"
    "csaj-home-2018: decisions (with deadline, justification, impact), then conformance,\n"
    "the open SHALL statements, overdue and undecided counts. coworking-user: answers, then\n"
    "measure states, residual risks and the implemented count.\n"
    "Assessments of different catalogs are an error (exit 2). A value left out of a file is\n"
    "shown as what it means: a fact unstated (true), a question unanswered, a check\n"
    "not_performed.\n",
    diff_options,
    2,
    2,
    &run_diff};

}  // namespace cli
