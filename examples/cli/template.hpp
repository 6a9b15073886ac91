#pragma once

// `teleworksec template CATALOG`: a blank assessment that `rate` reads as it
// is — every fact stated true, no answer (no decision) — and, with --hints,
// the same document with a "hints" object of every text, keyed by the IDs.

#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "wording.hpp"

namespace cli {

/// A blank assessment of a catalog: every fact true, no answers, an empty
/// diagnosis where the catalog has one.
template <class C>
tws::assessment_document blank_assessment(C c) {
  tws::assessment_document doc;
  doc.catalog = std::string{C::id};
  for (const auto& f : tws::facts_of(c)) doc.facts[std::string{f.id}] = true;
  doc.has_diagnosis = has_diagnosis(c);
  return doc;
}

/// The options of `template`.
inline constexpr option_spec template_options[] = {
    {"hints", "", "add a \"hints\" object with every text (for reading; remove it before rating)"},
};

/// Runs `template` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_template(const arguments& args) {
  with_catalog<Catalogs>(args, args.positional[0], [&](auto c) {
    auto j = tws::to_json<Catalogs>(blank_assessment(c));
    j["facility"]["name"] = "";
    if (args.has("hints")) j["hints"] = template_hints(c);
    std::cout << tws::dump(j);
  });
  return 0;
}

/// `template` over the catalogs of `Catalogs`.
template <class Catalogs>
inline constexpr command_def template_command{
    "template",
    "CATALOG [--hints]",
    "Print a blank assessment for CATALOG (coworking-v2, certification-v2,\n"
    "mic-telework-v4, csaj-home-2018 or coworking-user): every fact set to true and no\n"
    "answers (csaj-home-2018: no decisions). `teleworksec rate` reads it as it is.",
    "Set the facts that are false, add answers under \"answers\" (and for certification-v2\n"
    "the check results under \"diagnosis\"), then rate the file. --hints adds a \"hints\"\n"
    "object with the text of every fact, question and check, keyed by the same IDs; the\n"
    "assessment format has no comments, so `rate` rejects a file that still has it (unknown\n"
    "key \"hints\"): delete it, or keep the plain template beside the hints.\n"
    "mic-telework-v4: the facts are the telework patterns pattern_1 … pattern_6 (表1) and\n"
    "byod; answers per item. coworking-user: answers per measure, no facts.\n"
    "csaj-home-2018: \"decisions\" per statement (implemented, planned with a deadline,\n"
    "not_needed with a justification) instead of answers.\n",
    template_options,
    1,
    1,
    &run_template<Catalogs>};

}  // namespace cli
