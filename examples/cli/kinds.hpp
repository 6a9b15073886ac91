#pragma once

// The four kinds of catalog as the commands see them: one adapter per kind
// (kind_<kind>.hpp), each a set of overloads taking the catalog tag first,
// and here the defaults that an adapter overrides only when its kind differs.
// A command includes this header and calls e.g. rate_report(c, …); overload
// resolution on the catalog's kind picks the adapter.

#include <cstddef>
#include <string>
#include <vector>

#include "kind_certification.hpp"
#include "kind_policy.hpp"
#include "kind_risk.hpp"
#include "kind_self_check.hpp"
#include "questionnaire.hpp"
#include "wording.hpp"

namespace cli {

/// Whether the catalog rates a diagnosis beside the answers (certification-v2).
template <tws::catalog C>
constexpr bool has_diagnosis(C) {
  return tws::has_diagnosis_v<C>;
}

/// Entries are answered (yes/no/na) unless the kind decides them.
template <tws::catalog C>
constexpr bool takes_decisions(C) {
  return false;
}

/// The facts the questionnaire asks: all of them, in catalog order.
template <tws::catalog C>
std::vector<std::size_t> fact_steps(C, const tws::assessment_document& /*doc*/) {
  std::vector<std::size_t> facts(tws::facts_of(C{}).size());
  for (std::size_t f = 0; f < facts.size(); ++f) facts[f] = f;
  return facts;
}

/// The question before a fact's text: none, the fact says it.
template <tws::catalog C>
std::string fact_question(C, std::size_t /*f*/, lang /*l*/) {
  return {};
}

/// Takes a y/n/na/skip answer to entry i.
template <tws::catalog C>
taken take_entry(questionnaire<C>& q, std::size_t i, const std::string& word) {
  return q.take_answer(std::string{tws::answer_id(q.catalog(), i).view()}, word);
}

/// Nothing to add after the questionnaire.
template <tws::catalog C>
void after_ask(C, lang /*l*/) {}

}  // namespace cli
