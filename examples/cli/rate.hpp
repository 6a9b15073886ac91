#pragma once

// `teleworksec rate FILE`: the level, the grades, and in short what blocks the
// next level; as text, Markdown, or the teleworksec/result/v1 JSON document.

#include <cstddef>
#include <cstdint>
#include <iostream>
#include <string>

#include "args.hpp"
#include "gaps.hpp"
#include "io.hpp"
#include "provenance.hpp"
#include "policy_report.hpp"
#include "report.hpp"
#include "risk_report.hpp"
#include "self_check_report.hpp"
#include "telework_wording.hpp"
#include "wording.hpp"

namespace cli {

/// The human-readable report of a result; `file` names the input in hints.
template <class Catalog>
report rate_report(Catalog c, const tws::assessment_document& doc, const tws::certification_result<Catalog>& r,
                   lang l, const std::string& file) {
  using res = tws::certification_result<Catalog>;
  report rep;
  rep.title = say(l, "Security rating: ", "セキュリティ評価：") +
              (doc.facility_name.empty() ? doc.catalog : doc.facility_name);
  add_identity(rep, doc, r, l);
  rep.fields.emplace_back(say(l, "Policy", "評価方針"), policy_name(r.policy, l));
  rep.fields.emplace_back(say(l, "Date", "評価日"),
                          doc.date.empty() ? say(l, "(not dated)", "（日付なし）") : doc.date);
  rep.fields.emplace_back(say(l, "Audit grade", "情報セキュリティ監査"),
                          std::string{tws::to_string(r.audit_grade)});
  rep.fields.emplace_back(
      say(l, "Diagnosis grade", "脆弱性診断"),
      r.has_diagnosis ? std::string{tws::to_string(r.diagnosis_grade)}
                      : say(l, "no diagnosis — level is indicative", "診断なし — レベルは参考値"));
  rep.fields.emplace_back(say(l, "Level", "認証レベル"), level_text(r, l));
  const auto n = std::to_string(r.unanswered_count);
  rep.fields.emplace_back(
      say(l, "Provisional", "暫定"),
      r.provisional
          ? (l == lang::ja
                 ? "はい — 該当する質問のうち " + n + " 問が未回答（「いいえ」として評価）"
                 : "yes — " + n + " applicable question" + (r.unanswered_count == 1 ? "" : "s") +
                       " unanswered (counted as no)")
          : say(l, "no — every applicable question is answered",
                "いいえ — 該当する質問はすべて回答済み"));

  section categories;
  categories.heading = say(l, "Audit by category", "カテゴリ別の監査結果");
  categories.columns = {say(l, "category", "カテゴリ"), say(l, "status", "状態")};
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    categories.rows.push_back({category_title(c, cat, l), status_name(r.category_status[cat], l)});
  }
  rep.sections.push_back(std::move(categories));

  if (r.overridden.any()) {
    section set;
    set.heading = say(l, "Set by an inspector", "検査員が設定した状態");
    set.columns = {say(l, "audit item", "監査項目"), say(l, "status", "状態"),
                   say(l, "by", "設定者"), say(l, "note", "備考")};
    r.overridden.for_each([&](std::size_t m) {
      const auto id = item_id(c, m);
      const auto it = doc.overrides.find(id);
      set.rows.push_back({id + " " + item_title(c, m, l), status_name(r.measure_status[m], l),
                          it == doc.overrides.end() ? "" : it->second.by,
                          it == doc.overrides.end() ? "" : it->second.note});
    });
    rep.sections.push_back(std::move(set));
  }

  if (r.has_diagnosis) {
    section diagnosis;
    diagnosis.heading = say(l, "Diagnosis", "脆弱性診断");
    diagnosis.columns = {say(l, "check", "検査項目"), say(l, "grade", "評価"),
                         say(l, "worst finding", "最も重い指摘")};
    std::size_t counts[4] = {};
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const auto kind = r.checks[k].what();
      ++counts[static_cast<std::size_t>(kind)];
      if (kind != tws::check_outcome::kind::findings) continue;
      diagnosis.rows.push_back(
          {std::string{tws::check_id(c, k).view()} + " " + check_title(c, k, l),
           std::string{tws::to_string(r.check_grade[k])},
           severity_name(r.checks[k].worst_severity(), l)});
    }
    std::string summary;
    for (auto kind :
         {tws::check_outcome::kind::passed, tws::check_outcome::kind::findings,
          tws::check_outcome::kind::not_applicable, tws::check_outcome::kind::not_performed}) {
      summary += (summary.empty() ? "" : ", ") + check_state_name(kind, l) + " " +
                 std::to_string(counts[static_cast<std::size_t>(kind)]);
    }
    diagnosis.paragraphs.push_back(summary);
    rep.sections.push_back(std::move(diagnosis));
    add_provenance(rep, doc, l);
  }

  if (r.explicit_na.any()) {
    section excluded;
    excluded.heading = say(l, "Excluded as not applicable (na)", "対象外（na）とした質問");
    excluded.columns = {say(l, "question", "質問"), say(l, "reason", "理由")};
    r.explicit_na.for_each([&](std::size_t q) {
      const std::string id{tws::question_id(c, q).view()};
      const auto it = doc.answers.find(id);
      const bool has_reason = it != doc.answers.end() && !it->second.reason.empty();
      excluded.rows.push_back(
          {id, has_reason ? it->second.reason : say(l, "(no reason given)", "（理由なし）")});
    });
    rep.sections.push_back(std::move(excluded));
  }

  add_gap_sections(rep, c, r, l, false, file);
  return rep;
}

/// --require 2|3|4|★★|★★★|★★★★ as a star count.
inline std::uint8_t parse_required_level(const arguments& args, const std::string& v) {
  for (std::uint8_t n = 2; n <= 4; ++n) {
    if (v == std::to_string(n) || v == stars(n)) return n;
  }
  throw usage_error(args.command, "--require \"" + v + "\": expected 2, 3, 4, ★★, ★★★ or ★★★★");
}

/// What --require asks of a telework catalog, per kind: for mic-telework-v4
/// the level basic or recommended; for csaj-home-2018 conformant; for
/// coworking-user no-residual. Empty when the result meets it, otherwise why not.
template <class Catalog, class Result>
std::string telework_shortfall(Catalog /*catalog*/, const arguments& args,
                               const std::string& value, const Result& r, lang l) {
  constexpr auto kind = Catalog::kind;
  const auto bad = [&](std::string_view expected) {
    return usage_error(args.command, "--require \"" + value + "\": for " +
                                         std::string{Catalog::id} + " expected " +
                                         std::string{expected});
  };
  if constexpr (kind == tws::catalog_kind::self_check) {
    if (value != "basic" && value != "recommended") throw bad("basic or recommended");
    const auto needed =
        value == "basic" ? tws::self_check_level::basic : tws::self_check_level::recommended;
    if (r.level >= needed) return {};
    return l == lang::ja ? "レベル " + self_check_level_name(r.level, l) + " は必要な " +
                               self_check_level_name(needed, l) + " に達していません"
                         : "level " + std::string{tws::to_string(r.level)} +
                               " is below the required " + value;
  } else if constexpr (kind == tws::catalog_kind::policy) {
    if (value != "conformant") throw bad("conformant");
    if (r.conformant) return {};
    const auto n = std::to_string(r.nonconforming.count());
    return l == lang::ja ? "適合していません（未対応の遵守事項 " + n + " 件）"
                         : "not conformant: " + n + " SHALL statement" +
                               (r.nonconforming.count() == 1 ? "" : "s") + " open";
  } else {
    if (value != "no-residual") throw bad("no-residual");
    if (r.residual.none()) return {};
    const auto n = std::to_string(r.residual.count());
    return l == lang::ja ? "残存リスクが " + n + " 件あります"
                         : n + (r.residual.count() == 1 ? " residual risk remains"
                                                        : " residual risks remain") +
                               " (required: no-residual)";
  }
}

inline constexpr option_spec rate_options[] = {
    {"format", "text|json|markdown", "output format (default text)"},
    {"lang", "en|ja", "language of text and Markdown (default en)"},
    {"require", "WHAT", "exit 1 when not met; WHAT depends on the catalog (see above)"},
    {"date", "YYYY-MM-DD",
     "the evaluation date (replaces the file's \"date\"; csaj-home-2018: overdue plans)"},
};

inline int run_rate(const arguments& args) {
  const auto format = args.choice("format", {"text", "json", "markdown"}, "text");
  const auto l = parse_lang(args);
  const auto require = args.value("require");
  const auto date = args.value("date");
  if (date && !tws::valid_date(*date)) {
    throw usage_error(args.command, "--date \"" + *date + "\": expected a date YYYY-MM-DD");
  }
  auto doc = load_assessment(args.positional[0]);
  if (date) doc.date = *date;
  std::string shortfall;
  tws::visit_catalog(doc.catalog, [&](auto c) {
    using catalog = decltype(c);
    const auto r = tws::evaluate(c, tws::to_assessment(c, doc));
    if constexpr (certification_kind<catalog>) {
      const auto required = require ? parse_required_level(args, *require) : std::uint8_t{0};
      const std::uint8_t reached = r.level.stars;
      if (reached < required) {
        shortfall = l == lang::ja ? "レベル " + level_label(reached, l) + " は必要な " +
                                        level_label(required, l) + " に達していません"
                                  : "level " + level_label(reached, l) + " is below the required " +
                                        level_label(required, l);
      }
    } else if (require) {
      shortfall = telework_shortfall(c, args, *require, r, l);
    }
    if (format == "json") {
      std::cout << tws::dump(tws::result_to_json(c, doc, r));
      return;
    }
    const auto rep = [&] {
      constexpr auto kind = catalog::kind;
      if constexpr (kind == tws::catalog_kind::certification) {
        return rate_report(c, doc, r, l, args.positional[0]);
      } else if constexpr (kind == tws::catalog_kind::self_check) {
        return self_check_report(c, doc, r, l, args.positional[0]);
      } else if constexpr (kind == tws::catalog_kind::policy) {
        return policy_report(c, doc, r, l, args.positional[0]);
      } else {
        return risk_report(c, doc, r, l, args.positional[0]);
      }
    }();
    std::cout << (format == "markdown" ? render_markdown(rep) : render_text(rep));
  });
  if (!shortfall.empty()) {
    std::cout.flush();
    std::cerr << display_name(args.positional[0]) << ": " << shortfall << "\n";
    return 1;
  }
  return 0;
}

inline constexpr command_def rate_command{
    "rate",
    "FILE|- [--format text|json|markdown] [--lang en|ja] [--require LEVEL] [--date YYYY-MM-DD]",
    "Rate an assessment file (teleworksec/assessment/v1; - reads standard input): the\n"
    "level with its stars, the audit and diagnosis grades, excluded questions, and what\n"
    "blocks the next level.",
    "For mic-telework-v4: the level of the weakest threat group, each group by role, the\n"
    "unmet basic then recommended items. For csaj-home-2018: conformance, the open SHALL\n"
    "statements, counts per level and group, the plan (impact, deadline, OVERDUE as of the\n"
    "date) and what was tailored out. For coworking-user: measures per group and the\n"
    "residual risks with the measures that would mitigate them.\n"
    "--require: certification-v2/coworking-v2 2|3|4|★★|★★★|★★★★; mic-telework-v4\n"
    "basic|recommended; csaj-home-2018 conformant; coworking-user no-residual.\n"
    "--format json prints the teleworksec/result/v1 document, byte-identical for identical\n"
    "input. Exit status: 0 rated, 1 below --require, 2 bad input or usage.\n",
    rate_options,
    1,
    1,
    &run_rate};

}  // namespace cli
