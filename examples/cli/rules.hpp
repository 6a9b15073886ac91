#pragma once

// `teleworksec rules CATALOG`: the catalog's rating tables, as Markdown (the
// README's tables) or JSON, from the constexpr data the engine reads.

#include <cstddef>
#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "report.hpp"
#include "rules_markdown.hpp"
#include "rules_telework.hpp"
#include "telework_wording.hpp"
#include "wording.hpp"

namespace cli {

/// {"★": "●", "★★": "●", "★★★": "●"}
inline nlohmann::json marks_json(const std::array<tws::mark, tws::column_count>& marks) {
  auto j = nlohmann::json::object();
  for (std::size_t col = 0; col < tws::column_count; ++col) {
    j[std::string{markdown::column_names[col]}] = tws::symbol(marks[col]);
  }
  return j;
}

inline nlohmann::json grades_json(const std::array<tws::grade_def, 5>& grades) {
  auto j = nlohmann::json::array();
  for (const auto& g : grades) {
    j.push_back({{"grade", tws::to_string(g.grade)},
                 {"risk_ja", g.risk_ja},
                 {"description_ja", g.description_ja}});
  }
  return j;
}

/// The rules of a catalog as one JSON document (keys sorted, like every output).
template <class Catalog>
nlohmann::json rules_json(Catalog c) {
  const auto& program = Catalog::program_catalog::program;
  const auto& checklist = Catalog::checklist;
  const auto& scoring = Catalog::checklist_scoring;
  nlohmann::json j;
  j["catalog"] = Catalog::id;
  j["fingerprint"] = tws::fingerprint_hex(tws::fingerprint_v<Catalog>);
  j["rules_version"] = tws::certification_rules::version;
  for (const auto& l : program.levels) {
    nlohmann::json level{{"stars", l.stars},
                         {"name_ja", l.name_ja},
                         {"name_en", l.name_en},
                         {"risk_ja", l.risk_ja},
                         {"description_ja", l.description_ja}};
    if (l.stars != 0) {
      level["audit_grades"] = grade_range(l.max_audit);
      level["diagnosis_grades"] = grade_range(l.max_diagnosis);
      level["column"] = markdown::column_names[static_cast<std::size_t>(l.column_required)];
    }
    j["levels"].push_back(std::move(level));
  }
  for (std::size_t m = 0; m < program.audit_items.size(); ++m) {
    const auto& item = program.audit_items[m];
    j["audit_items"].push_back({{"id", item_id(c, m)},
                                {"no", item.no},
                                {"measure", tws::measure_id(c, m).view()},
                                {"tier", tws::to_string(item.tier)},
                                {"title_ja", item.ja},
                                {"title_en", checklist.measures[m].en},
                                {"marks", marks_json(item.marks)}});
  }
  j["audit_grades"] = grades_json(program.audit_grades);
  if constexpr (Catalog::check_count != 0) {
    for (std::size_t k = 0; k < program.checks.size(); ++k) {
      const auto& def = program.checks[k];
      j["checks"].push_back({{"id", tws::check_id(c, k).view()},
                             {"no", def.no},
                             {"area", def.area == tws::check_area::network ? "network" : "wifi"},
                             {"group_ja", def.group_ja},
                             {"subject_ja", def.subject_ja},
                             {"method_ja", def.method_ja},
                             {"title_en", def.en},
                             {"marks", marks_json(def.marks)}});
    }
    j["diagnosis_grades"] = grades_json(program.diagnosis_grades);
  } else {
    const auto ids = [&](const auto& questions) {
      auto list = nlohmann::json::array();
      questions.for_each([&](std::size_t q) { list.push_back(tws::question_id(c, q).view()); });
      return list;
    };
    for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
      const auto& def = checklist.facts[f];
      j["facts"].push_back({{"id", def.id},
                            {"ja", def.ja},
                            {"en", def.en},
                            {"questions", ids(scoring.questions_needing[f])}});
    }
    for (std::size_t m = 0; m < checklist.measures.size(); ++m) {
      const auto& def = checklist.measures[m];
      j["measures"].push_back({{"id", tws::measure_id(c, m).view()},
                               {"tier", tws::to_string(def.tier)},
                               {"title_ja", def.ja},
                               {"title_en", def.en},
                               {"question_count", scoring.measure_questions[m].count()},
                               {"questions", ids(scoring.measure_questions[m])}});
    }
  }
  return j;
}

inline constexpr option_spec rules_options[] = {
    {"format", "markdown|text|json", "output format (default markdown)"},
};

inline int run_rules(const arguments& args) {
  const auto format = args.choice("format", {"markdown", "text", "json"}, "markdown");
  with_catalog(args, args.positional[0], [&](auto c) {
    using catalog = decltype(c);
    if constexpr (!certification_kind<catalog>) {
      if (format == "json") {
        std::cout << tws::dump(telework_rules_json(c));
      } else {
        const auto rep = telework_rules_report(c);
        std::cout << (format == "text" ? render_text(rep) : render_markdown(rep));
      }
      return;
    } else {
      if (format == "json") {
        std::cout << tws::dump(rules_json(c));
        return;
      }
      std::cout << "## " << catalog::id << " rating rules\n\nFingerprint `"
                << tws::fingerprint_hex(tws::fingerprint_v<catalog>) << "`, rules "
                << tws::certification_rules::version << ", teleworksec " << tws::version_string
                << ".\n\n"
                << markdown::rules(c);
    }
  });
  return 0;
}

inline constexpr command_def rules_command{
    "rules",
    "CATALOG [--format markdown|text|json]",
    "Print a catalog's rating tables from the data the engine uses: the levels, the audit\n"
    "table (情報セキュリティ監査 評価一覧), the diagnosis table (脆弱性診断 評価一覧) and the\n"
    "grade tables; for coworking-v2 the facts and the measures with their question counts.",
    "CATALOG is coworking-v2 or certification-v2 (their Markdown tables are the ones in the\n"
    "README; --format text prints the same Markdown), or one of the telework catalogs:\n"
    "mic-telework-v4 (the rules, levels, facts, the patterns of 表1, threat groups, the items\n"
    "by role with 基本/推奨 marks, 【対象】 and BYOD, and the trouble cases), csaj-home-2018\n"
    "(the rules, levels, groups, and the statements by group with level — * where the level\n"
    "is our reading — and checklist number) or coworking-user (the rules, risks, measures and\n"
    "the mitigation matrix). For these, --format text aligns the tables for a terminal and\n"
    "--format json gives the same tables as {heading, paragraphs, columns, rows}.\n",
    rules_options,
    1,
    1,
    &run_rules};

}  // namespace cli
