#pragma once

// `teleworksec import nmap SCAN.xml… [--into ASSESSMENT.json]`: decides the
// network checks of the certification-v2 diagnosis from nmap's XML output
// (<teleworksec/io/nmap.hpp>, which needs pugixml). Built without pugixml, the
// command says so and exits 2.

#include <iostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "io.hpp"
#include "wording.hpp"

#if defined(TELEWORKSEC_CLI_NMAP)
#include "teleworksec/io/nmap.hpp"
#endif

namespace cli {

/// The options of `import`.
inline constexpr option_spec import_options[] = {
    {"into", "ASSESSMENT.json",
     "merge into this certification-v2 assessment and write it back (or to --out)"},
    {"out", "FILE", "write the assessment here instead (default: --into, else standard output)"},
    {"on-conflict", "fail|keep|replace",
     "a status set by hand that the scan contradicts: fail (exit 2, nothing written; the "
     "default), keep it, or replace it"},
    {"from-internet", "", "the scan ran from outside the facility (decides checks 8 and 14)"},
    {"mapping", "FILE", "a teleworksec/nmap-mapping/v1 file instead of the built-in mapping"},
    {"print-mapping", "", "print the built-in mapping as JSON and exit"},
};

#if defined(TELEWORKSEC_CLI_NMAP)

/// Runs `import`.
inline int run_import(const arguments& args) {
  namespace nm = teleworksec::nmap;
  if (args.positional[0] != "nmap") {
    throw usage_error(args.command,
                      "unknown scanner \"" + args.positional[0] + "\"; expected: nmap");
  }
  if (args.has("print-mapping")) {
    std::cout << tws::dump(nm::to_json(nm::default_mapping()));
    return 0;
  }
  if (args.positional.size() < 2) {
    throw usage_error(args.command, "expected: teleworksec import nmap SCAN.xml");
  }
  const auto policy_name = args.choice("on-conflict", {"fail", "keep", "replace"}, "fail");
  const auto policy = policy_name == "keep"      ? nm::on_conflict::keep
                      : policy_name == "replace" ? nm::on_conflict::replace
                                                 : nm::on_conflict::fail;
  const auto mapping = args.has("mapping")
                           ? nm::read_mapping(read_input(*args.value("mapping")),
                                              display_name(*args.value("mapping")))
                           : nm::default_mapping();
  nm::import_options options;
  options.from_internet = args.has("from-internet");

  tws::assessment_document doc;
  const auto into = args.value("into");
  if (into) {
    doc = load_assessment<tws::catalogs::all>(*into);
    if (doc.catalog != tws::catalogs::certification_v2_t::id) {
      throw tws::input_error(display_name(*into), "$[\"catalog\"]",
                             "\"" + doc.catalog +
                                 "\" has no diagnosis; a scan fills the diagnosis of "
                                 "certification-v2");
    }
  } else {
    doc.catalog = std::string{tws::catalogs::certification_v2_t::id};
  }
  const auto out = args.value("out") ? args.value("out") : into;
  if (out && *out != "-") check_writable(*out);

  std::vector<nm::conflict> conflicts;
  for (std::size_t i = 1; i < args.positional.size(); ++i) {
    const auto& file = args.positional[i];
    const auto scan = nm::read_scan(read_input(file), display_name(file), mapping, options);
    std::size_t findings = 0;
    for (const auto& [n, e] : scan.decided) {
      findings += e.status == tws::check_outcome::kind::findings ? 1 : 0;
    }
    std::cerr << display_name(file) << ": " << scan.hosts << " host"
              << (scan.hosts == 1 ? "" : "s") << ", " << scan.open_ports << " open port"
              << (scan.open_ports == 1 ? "" : "s") << "; " << scan.decided.size()
              << " checks decided (" << findings << " with findings, "
              << scan.decided.size() - findings << " passed)\n";
    for (const auto& u : scan.not_covered) {
      std::cerr << "  not covered: " << nm::check_key(u.check) << " — " << u.hint << "\n";
    }
    const auto found = nm::merge(doc, scan, policy);
    conflicts.insert(conflicts.end(), found.begin(), found.end());
    if (!found.empty() && policy == nm::on_conflict::fail) break;
  }
  for (const auto& c : conflicts) {
    std::cerr << "conflict: " << c.check << ": set by hand " << c.existing << ", the scan says "
              << c.imported << "; "
              << (policy == nm::on_conflict::replace ? "replaced" : "kept") << "\n";
  }
  if (!conflicts.empty() && policy == nm::on_conflict::fail) {
    std::cerr << (into ? display_name(*into) : std::string{"teleworksec import"}) << ": "
              << conflicts.size() << " conflict" << (conflicts.size() == 1 ? "" : "s")
              << " with statuses set by hand; nothing written (decide with --on-conflict "
                 "keep or --on-conflict replace)\n";
    return 2;
  }
  const auto text = tws::dump(tws::to_json(doc));
  if (out && *out != "-") {
    write_file(*out, text);
  } else {
    std::cout << text;
  }
  return 0;
}

#else

/// Runs `import`.
inline int run_import(const arguments& args) {
  throw usage_error(args.command,
                    "this teleworksec was built without pugixml (Debian: libpugixml-dev), "
                    "so it cannot read nmap's XML");
}

#endif

/// `import`: the network checks of certification-v2 from nmap's XML.
inline constexpr command_def import_command{
    "import",
    "nmap SCAN.xml... [--into ASSESSMENT.json] [--out FILE] [--on-conflict fail|keep|replace] "
    "[--from-internet] [--mapping FILE]",
    "Decide the network checks of the certification-v2 diagnosis from nmap's XML output\n"
    "(nmap -oX SCAN.xml): each check the scan covers becomes passed or findings (severity,\n"
    "host:port and evidence in the title, the scan file as ref); the others stay\n"
    "not_performed, with the nmap options that would cover them.",
    "Without --into, prints a certification-v2 assessment holding only the diagnosis.\n"
    "Statuses set by hand are never changed silently; a scan imported again replaces\n"
    "its own earlier result; several scans add up. `rate` says which checks came from\n"
    "which scan. Exit status: 0 imported, 2 bad input, usage, or a conflict.\n",
    import_options,
    1,
    64,
    &run_import};

}  // namespace cli
