#pragma once

// `teleworksec gaps FILE`: what blocks the next level, by category, with each
// failing question in full. `rate` shows the same gaps in short.

#include <cstddef>
#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "policy_report.hpp"
#include "report.hpp"
#include "risk_report.hpp"
#include "self_check_report.hpp"
#include "telework_wording.hpp"
#include "wording.hpp"

namespace cli {

/// The worst grade a check may have to meet mark `m` and a level that allows
/// diagnosis grades up to `level_max` (from the rules, not restated here).
inline tws::grade check_grade_needed(tws::mark m, tws::grade level_max) {
  using tws::check_outcome;
  auto needed = tws::grade::A;
  const auto consider = [&](check_outcome o) {
    const auto g = tws::certification_rules::check_grade(o);
    if (g <= level_max && tws::certification_rules::check_meets(m, o))
      needed = tws::worst(needed, g);
  };
  consider(check_outcome::passed());
  for (auto s :
       {tws::severity::low, tws::severity::medium, tws::severity::high, tws::severity::urgent}) {
    consider(check_outcome::findings(s));
  }
  return needed;
}

/// Why a failing question fails: no, unanswered, or a yes without acceptable evidence.
template <class Catalog>
std::string question_state(Catalog /*catalog*/, const tws::certification_result<Catalog>& r, std::size_t q,
                           lang l) {
  if (r.unanswered.test(q)) return answer_name(tws::answer::unanswered, l);
  if (!r.unverified.test(q)) return answer_name(tws::answer::no, l);
  std::string kinds;
  const auto accepted = Catalog::checklist.questions[q].evidence;
  for (std::uint8_t k = 0; k < 7; ++k) {
    const auto kind = static_cast<tws::evidence_kind>(k);
    if (accepted.contains(kind))
      kinds += (kinds.empty() ? "" : ", ") + std::string{tws::to_string(kind)};
  }
  return say(l, "yes, unverified (evidence needed: ", "はい・証跡なし（必要な証跡：") + kinds +
         say(l, ")", "）");
}

/// The sections that say what blocks the next level. `full` adds every failing
/// question with its text, grouped by category; otherwise one short section
/// that points to `teleworksec gaps <file>`.
template <class Catalog>
void add_gap_sections(report& rep, Catalog c, const tws::certification_result<Catalog>& r, lang l, bool full,
                      const std::string& file = {}) {
  using res = tws::certification_result<Catalog>;
  const auto& program = Catalog::program_catalog::program;
  const auto g = tws::gaps_to_next_level(c, r);

  section head;
  if (g.target_stars == 0) {
    head.heading = say(l, "Next level", "次のレベル");
    head.paragraphs.emplace_back(say(l, "Nothing blocks: this is the highest level.",
                                     "最高レベルです。妨げるものはありません。"));
    if (r.level.indicative) {
      head.paragraphs.emplace_back(say(
          l, "The level is indicative until a vulnerability diagnosis (脆弱性診断) is performed.",
          "脆弱性診断を実施するまで、レベルは参考値です。"));
    }
    rep.sections.push_back(std::move(head));
    return;
  }
  const auto target = level_label(g.target_stars, l);
  const auto col =
      static_cast<std::size_t>(tws::level_named(program, g.target_stars).column_required);
  head.heading = l == lang::ja ? target + " に必要なこと" : "What blocks " + target;
  head.columns = {say(l, "what", "項目"), say(l, "state", "状態"), say(l, "needed", "必要")};
  if (g.diagnosis_missing) {
    head.paragraphs.emplace_back(
        Catalog::check_count == 0
            ? say(l,
                  "coworking-v2 has no diagnosis, so the level is indicative: certification "
                  "rates the same answers as certification-v2 with a vulnerability diagnosis "
                  "(脆弱性診断).",
                  "coworking-v2 には脆弱性診断がないため、レベルは参考値です。認証には同じ回答を "
                  "certification-v2 として脆弱性診断とあわせて評価します。")
            : say(l,
                  "No diagnosis check was performed: the level is indicative until a "
                  "vulnerability diagnosis (脆弱性診断) is made.",
                  "脆弱性診断が実施されていないため、レベルは参考値です。"));
  }
  if (!full) {
    const auto command = "teleworksec gaps " + file;
    head.paragraphs.push_back(l == lang::ja
                                  ? "不足している質問の全文は `" + command + "` で表示します。"
                                  : "`" + command + "` lists the failing questions in full.");
  }
  if (g.audit_grade_blocks) {
    head.rows.push_back({say(l, "audit grade", "情報セキュリティ監査の評価"),
                         std::string{tws::to_string(r.audit_grade)},
                         grade_range(g.audit_grade_needed)});
  }
  if (g.diagnosis_grade_blocks) {
    head.rows.push_back({say(l, "diagnosis grade", "脆弱性診断の評価"),
                         std::string{tws::to_string(r.diagnosis_grade)},
                         grade_range(g.diagnosis_grade_needed)});
  }

  const auto item_row = [&](std::size_t m) {
    std::string state{status_name(r.measure_status[m], l)};
    if (r.overridden.test(m)) state += say(l, " (set by inspector)", "（検査員による設定）");
    return std::vector<std::string>{item_id(c, m) + " " + item_title(c, m, l), state,
                                    mark_need(program.audit_items[m].marks[col], l)};
  };
  std::vector<section> by_category(res::category_count);
  g.audit_items.for_each([&](std::size_t m) {
    const std::size_t cat = Catalog::checklist_scoring.measure_category[m];
    auto& rows = full ? by_category[cat].rows : head.rows;
    rows.push_back(item_row(m));
    if (!full) return;
    (Catalog::checklist_scoring.measure_questions[m] & g.questions).for_each([&](std::size_t q) {
      rows.push_back({"  " + std::string{tws::question_id(c, q).view()}, question_state(c, r, q, l),
                      std::string{Catalog::checklist.questions[q].ja}});
    });
  });

  section checks;
  checks.heading = say(l, "Diagnosis checks", "脆弱性診断の検査項目");
  checks.columns = head.columns;
  if constexpr (Catalog::check_count != 0) {
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const auto m = program.checks[k].marks[col];
      const auto title = std::string{tws::check_id(c, k).view()} + " " + check_title(c, k, l, full);
      if (g.checks_not_performed.test(k)) {
        (full ? checks.rows : head.rows)
            .push_back({title, check_state_name(tws::check_outcome::kind::not_performed, l),
                        std::string{tws::symbol(m)} + say(l, " requires it", " 実施が必要")});
      } else if (g.checks_too_low.test(k)) {
        (full ? checks.rows : head.rows)
            .push_back({title,
                        say(l, "grade ", "評価 ") + std::string{tws::to_string(r.check_grade[k])},
                        grade_range(check_grade_needed(m, g.diagnosis_grade_needed))});
      }
    }
  }

  rep.sections.push_back(std::move(head));
  if (!full) return;
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    if (by_category[cat].rows.empty()) continue;
    by_category[cat].heading = category_title(c, cat, l);
    by_category[cat].columns = {say(l, "audit item / question", "監査項目・質問"),
                                say(l, "state", "状態"),
                                say(l, "needed / question", "必要・質問文")};
    rep.sections.push_back(std::move(by_category[cat]));
  }
  if (!checks.rows.empty()) rep.sections.push_back(std::move(checks));
}

/// The fields that name what was rated.
template <class Catalog>
void add_identity(report& rep, const tws::assessment_document& doc, const tws::certification_result<Catalog>& r,
                  lang l) {
  rep.fields.emplace_back(say(l, "Facility", "施設"), doc.facility_name.empty()
                                                          ? say(l, "(unnamed)", "（名称なし）")
                                                          : doc.facility_name);
  rep.fields.emplace_back(say(l, "Catalog", "カタログ"), doc.catalog);
  rep.fields.emplace_back(say(l, "Fingerprint", "フィンガープリント"),
                          tws::fingerprint_hex(r.fingerprint));
}

/// The level, marked indicative when there is no diagnosis.
template <class Catalog>
std::string level_text(const tws::certification_result<Catalog>& r, lang l) {
  return level_label(r.level.stars, l) +
         (r.level.indicative ? say(l, " (indicative: no diagnosis)", "（参考値：診断なし）")
                             : std::string{});
}

inline constexpr option_spec gaps_options[] = {
    {"format", "text|markdown|json", "output format (default text); json is the result's \"gaps\""},
    {"lang", "en|ja", "language (default en); question texts are always Japanese"},
};

inline int run_gaps(const arguments& args) {
  const auto format = args.choice("format", {"text", "markdown", "json"}, "text");
  const auto l = parse_lang(args);
  const auto doc = load_assessment(args.positional[0]);
  tws::visit_catalog(doc.catalog, [&](auto c) {
    using catalog = decltype(c);
    constexpr auto kind = catalog::kind;
    const auto r = tws::evaluate(c, tws::to_assessment(c, doc));
    if (format == "json") {
      const auto j = tws::result_to_json(c, doc, r);
      if constexpr (kind == tws::catalog_kind::policy) {
        std::cout << tws::dump(j["plan"]);
      } else if constexpr (kind == tws::catalog_kind::risk) {
        std::cout << tws::dump(j["residual_risks"]);
      } else {
        std::cout << tws::dump(j["gaps"]);
      }
      return;
    }
    report rep;
    if constexpr (kind == tws::catalog_kind::certification) {
      rep.title = say(l, "What blocks the next level", "次のレベルへの課題");
      add_identity(rep, doc, r, l);
      rep.fields.emplace_back(say(l, "Level", "認証レベル"), level_text(r, l));
      add_gap_sections(rep, c, r, l, true);
    } else {
      rep.title = say(l, "What to do next", "次にすべきこと");
      add_telework_identity(rep, doc, r.fingerprint, l);
      if constexpr (kind == tws::catalog_kind::self_check) {
        rep.fields.emplace_back(say(l, "Level", "レベル"), self_check_level_name(r.level, l));
        add_self_check_gaps(rep, c, r, l, true);
      } else if constexpr (kind == tws::catalog_kind::policy) {
        rep.fields.emplace_back(say(l, "Conformant", "適合"),
                                r.conformant ? say(l, "yes", "はい") : say(l, "no", "いいえ"));
        add_policy_plan(rep, c, doc, r, l, true);
      } else {
        rep.fields.emplace_back(say(l, "Residual risks", "残存リスク"),
                                std::to_string(r.residual.count()));
        add_risk_gaps(rep, c, r, l, true);
      }
    }
    std::cout << (format == "markdown" ? render_markdown(rep) : render_text(rep));
  });
  return 0;
}

inline constexpr command_def gaps_command{
    "gaps",
    "FILE|- [--lang en|ja] [--format text|markdown|json]",
    "What blocks the next level: audit items by category with their failing questions,\n"
    "diagnosis checks not performed or graded too low, and the grades that must improve.",
    "Questions are printed in full in Japanese, the authoritative text of the checklist;\n"
    "with --lang en the audit items carry their English titles.\n"
    "mic-telework-v4: the unmet basic items (基本対策事項) first, then the recommended ones,\n"
    "with their texts. csaj-home-2018: the plan — open statements by impact, then deadline,\n"
    "overdue ones marked. coworking-user: the residual risks, then the unimplemented measures\n"
    "that would mitigate them. --format json prints the result's \"gaps\", \"plan\" or\n"
    "\"residual_risks\" respectively.\n",
    gaps_options,
    1,
    1,
    &run_gaps};

}  // namespace cli
