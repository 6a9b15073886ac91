#pragma once

// `teleworksec rate FILE`: the result of an assessment — for a certification
// catalog the level, the grades and in short what blocks the next level; for
// the other kinds their own measures — as text, Markdown, or the
// teleworksec/result/v1 JSON document. Several files, a directory or JSON
// Lines: one result per input (batch.hpp).

#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>

#include "args.hpp"
#include "batch.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "report.hpp"
#include "teleworksec/io/result_formats.hpp"
#include "wording.hpp"

namespace cli {

/// The options of `rate`.
inline constexpr option_spec rate_options[] = {
    {"format", "text|json|markdown|oscal|sarif|html|table",
     "output format (default text; several inputs: json, as JSON Lines, or table)"},
    {"lang", "en|ja", "language of text, Markdown and HTML (default en)"},
    {"require", "WHAT", "exit 1 when not met; WHAT depends on the catalog (see above)"},
    {"date", "YYYY-MM-DD",
     "the evaluation date (replaces the file's \"date\"; default today, UTC): overdue plans, "
     "expired exclusions"},
    {"jsonl", "", "read JSON Lines: one assessment per line (of each FILE, or standard input)"},
    {"jobs", "N", "rate several inputs on N threads (default: one per core)"},
};

template <class Catalogs>
int run_rate(const arguments& args);

/// `rate` over the catalogs of `Catalogs`.
template <class Catalogs>
inline constexpr command_def rate_command{
    "rate",
    "FILE|DIR|-… [--format text|json|markdown|sarif|html|table] [--lang en|ja] [--require LEVEL] "
    "[--date YYYY-MM-DD] [--jsonl] [--jobs N]",
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
    "input. --format oscal prints an OSCAL 1.1.2 assessment-results document whose findings\n"
    "point at the controls of `export oscal-catalog CATALOG`; --format sarif a SARIF 2.1.0\n"
    "log (a rule per requirement, a result per unmet one and per finding, exclusions as\n"
    "suppressions); --format html one printable page (--lang). One input only.\n"
    "Exit status: 0 rated, 1 below --require, 2 bad input or usage.\n"
    "\n"
    "Many inputs: several files, a directory (its *.json files, by name) or --jsonl (one\n"
    "assessment per line, of each FILE or of standard input) give one result per input,\n"
    "in input order: a JSON Lines record {\"file\", \"line\" (JSON Lines), \"result\"} or\n"
    "{\"error\", \"file\", \"line\"}, or with --format table a tab-separated row: file,\n"
    "facility, catalog, level, grades, provisional. A bad input is reported in its place\n"
    "and the others are rated; the exit status is then 2. --jobs N: threads (default: one\n"
    "per core); the output is the same for any N.\n",
    rate_options,
    0,
    static_cast<std::size_t>(-1),
    &run_rate<Catalogs>};

/// Runs `rate` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_rate(const arguments& args) {
  const auto format =
      args.choice("format", {"text", "json", "markdown", "oscal", "sarif", "html", "table"},
                  "text");
  const auto l = parse_lang(args);
  const auto require = args.value("require");
  const auto date = args.value("date");
  if (date && !tws::valid_date(*date)) {
    throw usage_error(args.command, "--date \"" + *date + "\": expected a date YYYY-MM-DD");
  }
  std::error_code ec;
  const bool batch = args.has("jsonl") || args.positional.size() != 1 || format == "table" ||
                     std::filesystem::is_directory(args.positional[0], ec);
  if (batch) {
    if (args.positional.empty() && !args.has("jsonl")) {
      throw usage_error(args.command, "expected: teleworksec rate " +
                                          std::string{rate_command<Catalogs>.synopsis});
    }
    if (require) throw usage_error(args.command, "--require takes one input file");
    if (args.has("format") && format != "json" && format != "table") {
      throw usage_error(args.command, "several inputs: --format json (JSON Lines) or table");
    }
    return run_batch<Catalogs>(args, format == "table", date);
  }
  auto doc = load_assessment<Catalogs>(args.positional[0]);
  tws::set_evaluation_date(doc, date);
  std::string missed;
  Catalogs::visit(doc.catalog, [&](auto c) {
    const auto r = rate(c, doc);
    if (require) missed = shortfall(c, args, *require, r, l);
    if (const auto document = tws::from_string<tws::result_format>(format)) {
      std::cout << tws::result_document(c, doc, r, *document, display_name(args.positional[0]),
                                        l == lang::ja ? "ja" : "en");
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


}  // namespace cli
