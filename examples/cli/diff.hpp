#pragma once

// `teleworksec diff A B`: what changed between two assessments of one catalog
// — facts, answers or decisions, overrides, check results — and what that did
// to the result; the catalog's kind says which parts there are.

#include <iostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "changes.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "report.hpp"
#include "wording.hpp"

namespace cli {

/// The options of `diff`.
inline constexpr option_spec diff_options[] = {
    {"format", "text|json", "output format (default text)"},
    {"lang", "en|ja", "language of the text (default en)"},
};

/// Runs `diff` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_diff(const arguments& args) {
  const auto format = args.choice("format", {"text", "json"}, "text");
  const auto l = parse_lang(args);
  const auto a = load_assessment<Catalogs>(args.positional[0]);
  const auto b = load_assessment<Catalogs>(args.positional[1]);
  if (a.catalog != b.catalog) {
    throw tws::input_error(display_name(args.positional[1]), "$[\"catalog\"]",
                           "catalog \"" + b.catalog + "\" differs from \"" + a.catalog + "\" of " +
                               display_name(args.positional[0]) +
                               "; diff compares two assessments of one catalog");
  }
  std::vector<change_group> groups;
  Catalogs::visit(a.catalog, [&](auto c) { groups = diff_assessments(c, a, b, l); });

  if (format == "json") {
    nlohmann::json j{{"catalog", a.catalog},
                     {"a", display_name(args.positional[0])},
                     {"b", display_name(args.positional[1])}};
    for (const auto& g : groups) {
      auto& list = j["changes"][g.key] = nlohmann::json::array();
      for (const auto& ch : g.changes) {
        list.push_back({{"id", ch.id}, {"from", ch.from}, {"to", ch.to}});
      }
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

/// `diff` over the catalogs of `Catalogs`.
template <class Catalogs>
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
    &run_diff<Catalogs>};

}  // namespace cli
