#pragma once

// `teleworksec rules CATALOG`: the catalog's rating tables from the constexpr
// data the engine reads — as Markdown (the README's tables), aligned text, or
// structured JSON (keys sorted, byte-identical for identical input).

#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "wording.hpp"

namespace cli {

/// The options of `rules`.
inline constexpr option_spec rules_options[] = {
    {"format", "markdown|text|json", "output format (default markdown)"},
};

/// Runs `rules` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_rules(const arguments& args) {
  const auto format = args.choice("format", {"markdown", "text", "json"}, "markdown");
  with_catalog<Catalogs>(args, args.positional[0], [&](auto c) {
    std::cout << (format == "json" ? tws::dump(rules_json(c)) : rules_text(c, format));
  });
  return 0;
}

/// `rules` over the catalogs of `Catalogs`.
template <class Catalogs>
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
    "the mitigation matrix). For these, --format text aligns the tables for a terminal.\n"
    "--format json gives the same data structured for every catalog (facts, roles, groups,\n"
    "items or statements or measures, and the rules' decisions), keys sorted.\n",
    rules_options,
    1,
    1,
    &run_rules<Catalogs>};

}  // namespace cli
