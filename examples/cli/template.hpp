#pragma once

// `teleworksec template CATALOG`: a blank assessment that `rate` reads as it
// is — every fact stated true, no answer — and, with --hints, the same
// document with a "hints" object of every fact, question and check text.

#include <cstddef>
#include <iostream>
#include <string>

#include "args.hpp"
#include "io.hpp"
#include "telework_template.hpp"
#include "telework_wording.hpp"
#include "wording.hpp"

namespace cli {

/// A blank assessment of a catalog: every fact true, no answers, an empty
/// diagnosis where the catalog has one.
template <class Catalog>
tws::assessment_document blank_assessment(Catalog /*catalog*/) {
  tws::assessment_document doc;
  doc.catalog = std::string{Catalog::id};
  for (const auto& f : Catalog::checklist.facts) doc.facts[std::string{f.id}] = true;
  doc.has_diagnosis = Catalog::check_count != 0;
  return doc;
}

/// The texts a person filling in the template needs, keyed by the same IDs.
template <class Catalog>
nlohmann::json template_hints(Catalog c) {
  const auto& checklist = Catalog::checklist;
  const auto& scoring = Catalog::checklist_scoring;
  nlohmann::json h;
  h["answers"] =
      "each question ID: \"yes\", \"no\", \"na\" or {\"answer\": …, \"evidence\": [{\"kind\": …, "
      "\"ref\": …}], \"reason\": …}; a question left out is unanswered (counted as no)";
  h["facts"] = nlohmann::json::object();
  for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
    const auto& def = checklist.facts[f];
    auto list = nlohmann::json::array();
    scoring.questions_needing[f].for_each(
        [&](std::size_t q) { list.push_back(tws::question_id(c, q).view()); });
    h["facts"][std::string{def.id}] = {{"ja", def.ja}, {"en", def.en}, {"false_excludes", list}};
  }
  for (std::size_t q = 0; q < checklist.question_count; ++q) {
    const auto& def = checklist.questions[q];
    const std::size_t m = scoring.question_measure[q];
    nlohmann::json hint{{"ja", def.ja},
                        {"measure", tws::measure_id(c, m).view()},
                        {"measure_en", checklist.measures[m].en},
                        {"measure_ja", checklist.measures[m].ja},
                        {"tier", tws::to_string(checklist.measures[m].tier)},
                        {"condition", nlohmann::json::array()},
                        {"evidence", nlohmann::json::array()}};
    for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
      if (def.condition.contains(tws::fact(static_cast<unsigned>(f)))) {
        hint["condition"].push_back(checklist.facts[f].id);
      }
    }
    for (std::uint8_t k = 0; k < 7; ++k) {
      const auto kind = static_cast<tws::evidence_kind>(k);
      if (def.evidence.contains(kind)) hint["evidence"].push_back(tws::to_string(kind));
    }
    h["questions"][std::string{tws::question_id(c, q).view()}] = std::move(hint);
  }
  if constexpr (Catalog::check_count != 0) {
    h["diagnosis"] =
        "each check ID: \"passed\", \"not_applicable\", \"not_performed\" or {\"status\": "
        "\"findings\", \"findings\": [{\"severity\": \"low|medium|high|urgent\", \"title\": …, "
        "\"ref\": …}]}; a check left out is not performed";
    const auto& program = Catalog::program_catalog::program;
    for (std::size_t k = 0; k < program.checks.size(); ++k) {
      const auto& def = program.checks[k];
      h["checks"][std::string{tws::check_id(c, k).view()}] = {
          {"en", def.en}, {"subject_ja", def.subject_ja}, {"method_ja", def.method_ja}};
    }
  }
  return h;
}

inline constexpr option_spec template_options[] = {
    {"hints", "", "add a \"hints\" object with every text (for reading; remove it before rating)"},
};

inline int run_template(const arguments& args) {
  with_catalog(args, args.positional[0], [&](auto c) {
    if constexpr (certification_kind<decltype(c)>) {
      auto j = tws::to_json(blank_assessment(c));
      j["facility"]["name"] = "";
      if (args.has("hints")) j["hints"] = template_hints(c);
      std::cout << tws::dump(j);
    } else {
      auto j = blank_telework_json(c);
      if (args.has("hints")) j["hints"] = telework_hints(c);
      std::cout << tws::dump(j);
    }
  });
  return 0;
}

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
    &run_template};

}  // namespace cli
