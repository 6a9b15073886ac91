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
     "default), keep it, or replace it (findings entered by hand stay beside the scan's)"},
    {"from-internet", "", "the scan ran from outside the facility (decides checks 8 and 14)"},
    {"remove", "", "withdraw the scans named (files, or scan IDs nmap:…) instead of importing"},
    {"mapping", "FILE", "a teleworksec/nmap-mapping/v2 file instead of the built-in mapping"},
    {"print-mapping", "", "print the built-in mapping as JSON and exit"},
};

#if defined(TELEWORKSEC_CLI_NMAP)

/// The ID of a scan named on the command line: a scan ID as such, else the
/// hash of the file's bytes.
inline std::string named_scan_id(const std::string& name) {
  if (name.rfind("nmap:", 0) == 0) return name;
  return teleworksec::nmap::scan_id(read_input(name));
}

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
  } else if (args.has("remove")) {
    throw usage_error(args.command, "--remove needs --into ASSESSMENT.json to withdraw from");
  } else {
    doc.catalog = std::string{tws::catalogs::certification_v2_t::id};
  }
  const auto out = args.value("out") ? args.value("out") : into;
  const std::string out_name = out && *out != "-" ? *out : std::string{"<stdout>"};
  if (out && *out != "-") check_writable(*out);

  std::vector<nm::conflict> conflicts;
  for (std::size_t i = 1; i < args.positional.size(); ++i) {
    const auto& file = args.positional[i];
    if (args.has("remove")) {
      const auto id = named_scan_id(file);
      const auto changed = nm::withdraw(doc, id);
      std::cerr << display_name(file) << " (" << id << "): withdrawn from " << changed
                << " check" << (changed == 1 ? "" : "s") << "\n";
      continue;
    }
    const auto scan = nm::read_scan(read_input(file), display_name(file), mapping, options);
    std::size_t findings = 0;
    for (const auto& [n, e] : scan.decided) {
      findings += e.status == tws::check_outcome::kind::findings ? 1 : 0;
    }
    std::cerr << display_name(file) << " (" << scan.id << "): " << scan.hosts << " host"
              << (scan.hosts == 1 ? "" : "s") << ", " << scan.open_ports << " open port"
              << (scan.open_ports == 1 ? "" : "s") << "; " << scan.decided.size()
              << " checks decided (" << findings << " with findings, "
              << scan.decided.size() - findings << " passed)\n";
    for (const auto& w : scan.warnings) std::cerr << "  warning: " << w << "\n";
    std::string other_tools;
    for (const auto& u : scan.not_covered) {
      if (u.reason == nm::untestable_by_nmap) {
        other_tools += (other_tools.empty() ? "" : ", ") + std::to_string(u.check);
        continue;
      }
      std::cerr << "  not covered: " << nm::check_key(u.check) << " — " << u.reason
                << "; to test it: " << u.hint << "\n";
    }
    if (!other_tools.empty()) {
      std::cerr << "  not covered: checks " << other_tools << " — " << nm::untestable_by_nmap
                << " (the note of each says what does)\n";
    }
    const auto found = nm::merge(doc, scan, policy);
    conflicts.insert(conflicts.end(), found.begin(), found.end());
    if (!found.empty() && policy == nm::on_conflict::fail) break;
  }
  for (const auto& c : conflicts) {
    std::cerr << "conflict: " << c.check << ": set by hand " << c.existing << ", the scan says "
              << c.imported << "; " << c.outcome << "\n";
  }
  if (!conflicts.empty() && policy == nm::on_conflict::fail) {
    std::cerr << (into ? display_name(*into) : std::string{"teleworksec import"}) << ": "
              << conflicts.size() << " conflict" << (conflicts.size() == 1 ? "" : "s")
              << " with statuses set by hand; nothing written (decide with --on-conflict "
                 "keep or --on-conflict replace)\n";
    return 2;
  }
  const auto text = tws::dump(tws::to_json(doc));
  // Never write what rate and the next import would refuse to read.
  if (text.size() > tws::max_input_bytes) {
    throw tws::input_error(
        out_name, "",
        "the assessment would be " + std::to_string(text.size() >> 20) + " MiB, above the " +
            std::to_string(tws::max_input_bytes >> 20) +
            " MiB teleworksec reads; nothing written: import fewer scans into one assessment "
            "(one per site), or withdraw older ones with --remove");
  }
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
    "[--from-internet] [--remove] [--mapping FILE]",
    "Decide the network checks of the certification-v2 diagnosis from nmap's XML output\n"
    "(nmap -oX SCAN.xml): a check becomes findings (severity, host:port and evidence in\n"
    "the title, the scan file as ref), passed only when the scan proves it tested it,\n"
    "otherwise not_performed with the reason and the nmap options that would test it.",
    "Without --into, prints a certification-v2 assessment holding only the diagnosis.\n"
    "Statuses set by hand are never changed silently. A scan is known by its content:\n"
    "imported again under any name it changes nothing; --remove withdraws it. Several\n"
    "scans add up. A script that failed is a warning; its checks stay not_performed.\n"
    "`rate` and `gaps` say where each check came from and why it is not performed.\n"
    "Exit status: 0 imported, 2 bad input, usage, a conflict, or an assessment that\n"
    "would exceed the 16 MiB teleworksec reads.\n",
    import_options,
    1,
    64,
    &run_import};

}  // namespace cli
