#pragma once

// `teleworksec gaps FILE`: what to do next, in full — what blocks the next
// level (certification), the unmet items (self-check), the plan (policy) or
// the residual risks (risk). `rate` shows the same in short.

#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "report.hpp"
#include "wording.hpp"

namespace cli {

/// The options of `gaps`.
inline constexpr option_spec gaps_options[] = {
    {"format", "text|markdown|json", "output format (default text); json is the result's \"gaps\""},
    {"lang", "en|ja", "language (default en); question texts are always Japanese"},
};

/// Runs `gaps` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_gaps(const arguments& args) {
  const auto format = args.choice("format", {"text", "markdown", "json"}, "text");
  const auto l = parse_lang(args);
  auto doc = load_assessment<Catalogs>(args.positional[0]);
  tws::set_evaluation_date(doc);
  Catalogs::visit(doc.catalog, [&](auto c) {
    const auto r = rate(c, doc);
    if (format == "json") {
      std::cout << tws::dump(tws::result_to_json(c, doc, r)[std::string{gaps_key(c)}]);
      return;
    }
    const auto rep = gaps_report(c, doc, r, l);
    std::cout << (format == "markdown" ? render_markdown(rep) : render_text(rep));
  });
  return 0;
}

/// `gaps` over the catalogs of `Catalogs`.
template <class Catalogs>
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
    &run_gaps<Catalogs>};

}  // namespace cli
