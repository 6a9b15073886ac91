#pragma once

// The benchmark's random certification assessments written as files: every
// answer, and a diagnosis with findings. The JSON benchmarks (evaluate_bench's
// json_read_rate_write, json_bench) read the same texts.

#include <cstddef>
#include <string>
#include <vector>

#include "random_assessments.hpp"
#include "teleworksec/io/json.hpp"

namespace bench {

inline std::vector<std::string> certification_texts() {
  namespace tws = teleworksec;
  using tws::catalogs::certification_v2;
  std::vector<std::string> texts;
  for (const auto& a : random_assessments<certification>(64, 4)) {
    tws::assessment_document doc;
    doc.catalog = "certification-v2";
    doc.has_diagnosis = true;
    for (std::size_t q = 0; q < certification::question_count; ++q) {
      if (a.answer_at(q) != tws::answer::unanswered) {
        doc.answers[std::string{tws::question_id(certification_v2, q).view()}].value =
            a.answer_at(q);
      }
    }
    for (std::size_t k = 0; k < certification::check_count; ++k) {
      auto& e = doc.diagnosis[std::string{tws::check_id(certification_v2, k).view()}];
      e.status = a.outcome(k).what();
      if (e.status == tws::check_outcome::kind::findings) {
        e.object_form = true;
        e.findings.push_back({a.outcome(k).worst_severity(), "finding", "", ""});
      }
    }
    texts.push_back(tws::dump(tws::to_json(doc)));
  }
  return texts;
}

}  // namespace bench
