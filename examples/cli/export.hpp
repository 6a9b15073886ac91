#pragma once

// `teleworksec export oscal-catalog CATALOG`: a catalog in another format's
// words, for tools that import catalogs — so far OSCAL 1.1.2, whose control
// IDs are ours in token form, so that `rate --format oscal` findings point at
// them.

#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "teleworksec/io/result_formats.hpp"

namespace cli {

template <class Catalogs>
int run_export(const arguments& args);

/// `export` over the catalogs of `Catalogs`.
template <class Catalogs>
inline constexpr command_def export_command{
    "export",
    "oscal-catalog CATALOG",
    "Write a catalog as an OSCAL 1.1.2 catalog (JSON) for compliance tools.",
    "Groups are the catalog's categories, roles and threat groups, sections, or measure and\n"
    "risk groups; controls are its measures with their questions, audit items, diagnosis\n"
    "checks, items, statements, measures and risks. A control's ID is our ID in token form\n"
    "(\"/\" becomes \"_\": coworking-v2/3.4.3 is coworking-v2_3.4.3), its title our English\n"
    "title, its statement part the Japanese text; tier, marks, levels, patterns and\n"
    "mitigations are props in the namespace urn:teleworksec:ns:oscal. The same catalog gives\n"
    "the same bytes. `rate --format oscal` writes assessment results that point at these\n"
    "controls.\n",
    {},
    2,
    2,
    &run_export<Catalogs>};

/// Runs `export` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_export(const arguments& args) {
  const auto format = tws::from_string<tws::catalog_format>(args.positional[0]);
  if (!format) {
    throw usage_error(args.command,
                      "unknown format \"" + args.positional[0] + "\"; expected: oscal-catalog");
  }
  with_catalog<Catalogs>(args, args.positional[1],
                         [&](auto c) { std::cout << tws::catalog_document(c, *format); });
  return 0;
}

}  // namespace cli
