#pragma once

// `teleworksec rate FILE`: the result of an assessment — for a certification
// catalog the level, the grades and in short what blocks the next level; for
// the other kinds their own measures — as text, Markdown, or the
// teleworksec/result/v1 JSON document.

#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "report.hpp"
#include "wording.hpp"

namespace cli {

/// The options of `rate`.
inline constexpr option_spec rate_options[] = {
    {"format", "text|json|markdown", "output format (default text)"},
    {"lang", "en|ja", "language of text and Markdown (default en)"},
    {"require", "WHAT", "exit 1 when not met; WHAT depends on the catalog (see above)"},
    {"date", "YYYY-MM-DD",
     "the evaluation date (replaces the file's \"date\"; csaj-home-2018: overdue plans)"},
};

/// Runs `rate` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_rate(const arguments& args) {
  const auto format = args.choice("format", {"text", "json", "markdown"}, "text");
  const auto l = parse_lang(args);
  const auto require = args.value("require");
  const auto date = args.value("date");
  if (date && !tws::valid_date(*date)) {
    throw usage_error(args.command, "--date \"" + *date + "\": expected a date YYYY-MM-DD");
  }
  auto doc = load_assessment<Catalogs>(args.positional[0]);
  if (date) doc.date = *date;
  std::string missed;
  Catalogs::visit(doc.catalog, [&](auto c) {
    const auto r = rate(c, doc);
    if (require) missed = shortfall(c, args, *require, r, l);
    if (format == "json") {
      std::cout << tws::result_text(c, doc, r);
      return;
    }
    const auto rep = rate_report(c, doc, r, l, args.positional[0]);
    std::cout << (format == "markdown" ? render_markdown(rep) : render_text(rep));
  });
  if (!missed.empty()) {
    std::cout.flush();
    std::cerr << display_name(args.positional[0]) << ": " << missed << "\n";
    return 1;
  }
  return 0;
}

/// `rate` over the catalogs of `Catalogs`.
template <class Catalogs>
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
    &run_rate<Catalogs>};

}  // namespace cli
