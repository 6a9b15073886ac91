// Writes what the json-rules-engine peer (compare.js) needs, from the same
// constexpr tables the C++ engine reads:
//
//   catalog.json       questions (measure, condition facts), measures
//                      (category, tier), the marks of every audit item and
//                      check per column, and the code tables of the inputs;
//   assessments.jsonl  the 10,000 random assessments of peer_inputs.hpp, one
//                      per line: facts stated false, answer and outcome codes,
//                      and the C++ result (audit grade, diagnosis grade or
//                      null, stars, indicative);
//   edge_cases.jsonl   variants of the first assessments that reach the
//                      rules the random ones do not (no diagnosis), checked
//                      by compare.js but not timed.
//
// Usage: teleworksec_peer_export OUTPUT_DIR

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "peer/peer_inputs.hpp"
#include "teleworksec/teleworksec.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;
using catalog_t = tws::catalogs::certification_v2_t;
using assessment_t = bench::certification;

// Only IDs, fact names and fixed words are written: none needs escaping.
std::string quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  out += s;
  out += '"';
  return out;
}

template <class F>
std::string list(std::size_t n, F&& item) {
  std::string out = "[";
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0) out += ",";
    out += item(i);
  }
  return out + "]";
}

void write_catalog(std::ostream& out) {
  constexpr const auto& checklist = catalog_t::checklist;
  constexpr const auto& scoring = catalog_t::checklist_scoring;
  constexpr const auto& program = catalog_t::program;
  constexpr std::size_t F = assessment_t::fact_count;
  constexpr std::size_t Q = assessment_t::question_count;
  constexpr std::size_t M = assessment_t::measure_count;
  constexpr std::size_t K = assessment_t::check_count;

  out << "{\n";
  out << "  \"schema\": \"teleworksec/peer-catalog/v1\",\n";
  out << "  \"catalog\": " << quoted(catalog_t::id) << ",\n";
  out << "  \"facts\": "
      << list(F, [&](std::size_t f) { return quoted(checklist.facts[f].id); }) << ",\n";
  out << "  \"answer_codes\": " << list(4, [](std::size_t c) {
    return quoted(tws::to_string(static_cast<tws::answer>(c)));
  }) << ",\n";
  // Outcome codes 0-6: not performed, not applicable, passed, findings low..urgent.
  out << "  \"outcome_codes\": " << list(tws::check_outcome::code_count, [](std::size_t c) {
    const auto o = tws::check_outcome::from_code(static_cast<std::uint8_t>(c));
    return quoted(o.what() == tws::check_outcome::kind::findings
                      ? tws::to_string(o.worst_severity())
                      : tws::to_string(o.what()));
  }) << ",\n";
  out << "  \"questions\": [\n";
  for (std::size_t q = 0; q < Q; ++q) {
    std::string condition = "[";
    for (std::size_t f = 0; f < F; ++f) {
      if (checklist.questions[q].condition.contains(tws::fact(static_cast<unsigned>(f)))) {
        if (condition.size() > 1) condition += ",";
        condition += std::to_string(f);
      }
    }
    condition += "]";
    out << "    {\"id\": " << quoted(tws::question_id(certification_v2, q).view())
        << ", \"measure\": " << unsigned{scoring.question_measure[q]}
        << ", \"condition\": " << condition << "}" << (q + 1 < Q ? ",\n" : "\n");
  }
  out << "  ],\n";
  out << "  \"measures\": [\n";
  for (std::size_t m = 0; m < M; ++m) {
    out << "    {\"id\": " << quoted(tws::measure_id(certification_v2, m).view())
        << ", \"audit_item\": " << quoted(tws::audit_item_id(certification_v2, m).view())
        << ", \"category\": " << unsigned{scoring.measure_category[m]} + 1U
        << ", \"tier\": " << quoted(tws::to_string(scoring.measure_tier[m])) << "}"
        << (m + 1 < M ? ",\n" : "\n");
  }
  out << "  ],\n";
  out << "  \"checks\": " << list(K, [](std::size_t k) {
    return quoted(tws::check_id(certification_v2, k).view());
  }) << ",\n";
  // Per column ★ / ★★ / ★★★: the mark of each audit item (item i audits
  // measure i) and of each check.
  out << "  \"columns\": [\n";
  for (std::size_t c = 0; c < tws::column_count; ++c) {
    constexpr std::string_view names[] = {"★", "★★", "★★★"};
    out << "    {\"column\": " << quoted(names[c])
        << ",\n     \"audit\": " << list(M, [&](std::size_t m) {
             return quoted(tws::symbol(program.audit_items[m].marks[c]));
           })
        << ",\n     \"diagnosis\": " << list(K, [&](std::size_t k) {
             return quoted(tws::symbol(program.checks[k].marks[c]));
           })
        << "}" << (c + 1 < tws::column_count ? ",\n" : "\n");
  }
  out << "  ]\n";
  out << "}\n";
}

std::string line_of(std::size_t n, std::string_view variant, const assessment_t& a) {
  const auto r = tws::evaluate(certification_v2, a);
  std::string line = "{\"n\":" + std::to_string(n);
  if (!variant.empty()) line += ",\"variant\":" + quoted(variant);
  line += ",\"false_facts\":[";
  bool first = true;
  for (std::size_t f = 0; f < assessment_t::fact_count; ++f) {
    if (a.fact_value(f) == false) {
      if (!first) line += ",";
      line += std::to_string(f);
      first = false;
    }
  }
  line += "],\"answers\":" + list(assessment_t::question_count, [&](std::size_t q) {
    return std::to_string(static_cast<unsigned>(a.answer_at(q)));
  });
  line += ",\"checks\":" + list(assessment_t::check_count, [&](std::size_t k) {
    return std::to_string(unsigned{a.outcome(k).code()});
  });
  line += R"(,"cpp":{"audit":)" + quoted(tws::to_string(r.audit_grade));
  line += ",\"diagnosis\":" +
          (r.has_diagnosis ? quoted(tws::to_string(r.diagnosis_grade)) : std::string{"null"});
  line += ",\"stars\":" + std::to_string(unsigned{r.level.stars});
  line += ",\"indicative\":" + std::string{r.level.indicative ? "true" : "false"};
  line += "}}\n";
  return line;
}

void write_assessments(std::ostream& out, const std::vector<assessment_t>& inputs) {
  for (std::size_t i = 0; i < inputs.size(); ++i) out << line_of(i, "", inputs[i]);
}

// The random assessments almost never lack a diagnosis (all 32 checks would
// have to be left out), so the rules for "no diagnosis" (SPEC §3, §4) are
// checked on variants of the first ones: no check performed; every check not
// applicable (README, Interpretations 12); every facility fact false.
void write_edge_cases(std::ostream& out, const std::vector<assessment_t>& inputs) {
  constexpr std::size_t per_variant = 300;
  for (std::size_t i = 0; i < per_variant && i < inputs.size(); ++i) {
    auto a = inputs[i];
    a.diagnose_all(tws::check_outcome::not_performed());
    out << line_of(i, "no_check_performed", a);
  }
  for (std::size_t i = 0; i < per_variant && i < inputs.size(); ++i) {
    auto a = inputs[i];
    a.diagnose_all(tws::check_outcome::not_applicable());
    out << line_of(i, "all_checks_not_applicable", a);
  }
  for (std::size_t i = 0; i < per_variant && i < inputs.size(); ++i) {
    auto a = inputs[i];
    for (std::size_t f = 0; f < assessment_t::fact_count; ++f) a.set_fact(f, false);
    out << line_of(i, "all_facts_false", a);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argc > 0 ? argv[0] : "teleworksec_peer_export");
    return 2;
  }
  const std::filesystem::path dir{argv[1]};
  std::filesystem::create_directories(dir);
  std::ofstream catalog{dir / "catalog.json", std::ios::binary};
  write_catalog(catalog);
  const auto inputs = bench::peer::assessments();
  std::ofstream assessments{dir / "assessments.jsonl", std::ios::binary};
  write_assessments(assessments, inputs);
  std::ofstream edge_cases{dir / "edge_cases.jsonl", std::ios::binary};
  write_edge_cases(edge_cases, inputs);
  if (!catalog || !assessments || !edge_cases) {
    std::fprintf(stderr, "teleworksec_peer_export: cannot write to %s\n", argv[1]);
    return 1;
  }
  std::printf("wrote catalog.json, assessments.jsonl (%zu assessments, seed %llu) and "
              "edge_cases.jsonl to %s\n",
              bench::peer::assessment_count,
              static_cast<unsigned long long>(bench::peer::seed), argv[1]);
  return 0;
}
