// Writes N seeded random assessments as JSON Lines (one teleworksec/
// assessment/v1 document per line) for the batch figure of bench/batch.sh:
//
//   teleworksec_batch_inputs N [CATALOG|all] [SEED] > inputs.jsonl
//
// The assessments are those of random_assessments.hpp (the engine benchmarks'
// inputs), the five catalogs in turn unless one is named.

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "random_assessments.hpp"
#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;

// The facts and answers of an answer sheet, as the file writes them.
template <class Catalog, class Assessment>
void answers_of(Catalog c, const Assessment& a, tws::assessment_document& doc) {
  for (std::size_t f = 0; f < Assessment::fact_count; ++f) {
    if (const auto v = a.fact_value(f)) doc.facts[std::string{tws::facts_of(c)[f].id}] = *v;
  }
  for (std::size_t i = 0; i < Catalog::item_count; ++i) {
    const auto x = a.answer_at(i);
    if (x == tws::answer::unanswered) continue;
    auto& e = doc.answers[std::string{tws::answer_id(c, i).view()}];
    e.value = x;
    if (x == tws::answer::not_applicable) {
      e.object_form = true;
      e.reason = "not offered here";
    }
  }
}

template <class Catalog, class Assessment>
tws::assessment_document document(Catalog c, const Assessment& a) {
  tws::assessment_document doc;
  doc.catalog = std::string{Catalog::id};
  doc.facility_name = "Batch test " + std::string{Catalog::id};
  if constexpr (Catalog::kind == tws::catalog_kind::policy) {
    doc.date = tws::date_text(a.evaluated_on);
    for (std::size_t n = 0; n < Catalog::item_count; ++n) {
      const auto d = a.decision_at(n);
      if (d == tws::decision::undecided) continue;
      auto& e = doc.decisions[std::string{tws::answer_id(c, n).view()}];
      e.value = d;
      if (d == tws::decision::planned) {
        e.object_form = true;
        e.deadline = tws::date_text(a.deadline(n));
      } else if (d == tws::decision::not_needed) {
        e.object_form = true;
        e.justification = "not applicable to this company";
      }
    }
  } else {
    answers_of(c, a, doc);
    if constexpr (tws::has_diagnosis_v<Catalog>) {
      doc.has_diagnosis = true;
      for (std::size_t k = 0; k < Catalog::check_count; ++k) {
        auto& e = doc.diagnosis[std::string{tws::check_id(c, k).view()}];
        e.status = a.outcome(k).what();
        if (e.status == tws::check_outcome::kind::findings) {
          e.object_form = true;
          e.findings.push_back({a.outcome(k).worst_severity(), "finding", "scan.xml", ""});
        }
      }
    }
  }
  return doc;
}

template <class Assessment, class Catalog>
void write(Catalog c, bench::splitmix64& rng) {
  const auto doc = document(c, bench::random_assessment<Assessment>(rng));
  std::cout << tws::to_json(doc).dump() << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: teleworksec_batch_inputs N [CATALOG|all] [SEED]\n";
    return 2;
  }
  const auto n = std::strtoull(argv[1], nullptr, 10);
  const std::string_view only = argc > 2 ? argv[2] : "all";
  bench::splitmix64 rng{argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20261130};
  std::ios::sync_with_stdio(false);
  namespace cat = tws::catalogs;
  const auto want = [&](std::string_view id) { return only == "all" || only == id; };
  for (std::uint64_t i = 0; i < n;) {
    if (want("certification-v2") && i < n && ++i) write<bench::certification>(cat::certification_v2, rng);
    if (want("coworking-v2") && i < n && ++i) write<bench::checklist_only>(cat::coworking_v2, rng);
    if (want("mic-telework-v4") && i < n && ++i) write<bench::self_check>(cat::mic_telework_v4, rng);
    if (want("csaj-home-2018") && i < n && ++i) write<bench::policy>(cat::csaj_home_2018, rng);
    if (want("coworking-user") && i < n && ++i) write<bench::risk>(cat::coworking_user, rng);
    if (!want("certification-v2") && !want("coworking-v2") && !want("mic-telework-v4") &&
        !want("csaj-home-2018") && !want("coworking-user")) {
      std::cerr << "teleworksec_batch_inputs: unknown catalog " << only << "\n";
      return 2;
    }
  }
  return 0;
}
