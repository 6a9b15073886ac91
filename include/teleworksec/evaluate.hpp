#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "teleworksec/assessment.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/rule_tables.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/rating.hpp"
#include "teleworksec/result.hpp"

namespace teleworksec {

namespace detail {

// Compile-time sets the engine needs besides the catalog's own tables.
template <class Catalog, class Rules>
struct engine_tables {
  using res = result<Catalog>;
  std::array<typename res::measure_set, res::category_count> category_measures{};
  typename res::measure_set governance_basic{};
};

template <class Catalog, class Rules>
constexpr engine_tables<Catalog, Rules> make_engine_tables() noexcept {
  engine_tables<Catalog, Rules> t{};
  const auto& s = Catalog::checklist_scoring;
  for (std::size_t m = 0; m < s.measure_category.size(); ++m) {
    t.category_measures[s.measure_category[m]].set(m);
    if (s.measure_category[m] == Rules::governance_category && s.measure_tier[m] == tier::basic) {
      t.governance_basic.set(m);
    }
  }
  return t;
}

template <class Catalog, class Rules>
inline constexpr engine_tables<Catalog, Rules> engine_tables_of =
    make_engine_tables<Catalog, Rules>();

// Items (or checks) unmet in each column: for each mark, those carrying it
// whose state is not among the states that meet it. `marks` is taken by value:
// g++ 12 wrongly rejects reading it through a reference to the constexpr
// table here ("modification of ... is not a constant expression").
template <class Set, std::size_t States, class Marks>
constexpr std::array<Set, column_count> unmet_by_column(
    Marks marks, const std::array<Set, States>& by_state,
    const std::array<std::uint8_t, 3>& met_by) noexcept {
  std::array<Set, column_count> unmet{};
  for (std::size_t m = 0; m < 3; ++m) {
    Set meeting{};
    for (std::size_t st = 0; st < States; ++st) {
      if (((met_by[m] >> st) & 1U) != 0) meeting |= by_state[st];
    }
    for (std::size_t c = 0; c < column_count; ++c) unmet[c] |= marks[c][m] & ~meeting;
  }
  return unmet;
}

}  // namespace detail

/// Rates an assessment (SPEC §3, §4). constexpr, noexcept, no allocation: the
/// same call works in a static_assert and at run time, with the same answer.
template <class Rules = certification_rules, class Catalog>
[[nodiscard]] constexpr result<Catalog> evaluate(Catalog /*catalog*/,
                                                 const assessment<Catalog>& a) noexcept {
  using res = result<Catalog>;
  using program_catalog = typename Catalog::program_catalog;
  constexpr std::size_t M = res::measure_count;
  constexpr std::size_t K = res::check_count;
  constexpr const auto& cs = Catalog::checklist_scoring;
  constexpr const auto& ps = program_catalog::program_scoring;
  constexpr const auto& rules = detail::rule_tables_of<Rules>;
  constexpr const auto& tables = detail::engine_tables_of<Catalog, Rules>;

  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  r.policy = a.policy;

  // Questions: facts and explicit "na" decide applicability.
  typename res::question_set excluded_by_facts{};
  for (std::size_t f = 0; f < cs.questions_needing.size(); ++f) {
    if (a.false_facts().contains(fact(static_cast<unsigned>(f)))) {
      excluded_by_facts |= cs.questions_needing[f];
    }
  }
  r.explicit_na = a.na_plane();
  r.applicable = ~(excluded_by_facts | a.na_plane());
  const auto yes = a.yes_plane() & r.applicable;
  if (a.policy == evidence_policy::audit) {
    // A self-declaration never verifies a yes.
    constexpr auto verifying = static_cast<std::uint8_t>(
        ~evidence_of(evidence_kind::self_declaration).bits);
    yes.for_each([&](std::size_t q) {
      if ((a.evidence(q).bits & verifying & cs.question_evidence[q].bits) == 0) {
        r.unverified.set(q);
      }
    });
  }
  r.unanswered = r.applicable & ~(a.yes_plane() | a.no_plane());
  r.unanswered_count = r.unanswered.count();
  r.provisional = r.unanswered_count != 0;
  r.failing = r.applicable & ~(yes & ~r.unverified);

  // Measures, which are the audit items.
  std::array<typename res::measure_set, 4> by_status{};
  for (std::size_t m = 0; m < M; ++m) {
    status s = status::not_applicable;
    if (const auto set = a.override_of(m)) {
      s = *set;
    } else if (const auto qs = cs.measure_questions[m] & r.applicable; qs.any()) {
      if ((qs & r.failing).none()) {
        s = status::compliant;
      } else if ((qs & yes).any()) {
        s = status::partial;
      } else {
        s = status::noncompliant;
      }
    }
    r.measure_status[m] = s;
    by_status[static_cast<std::size_t>(s)].set(m);
  }
  r.overridden = a.overridden();
  for (std::size_t c = 0; c < res::category_count; ++c) {
    const auto& in = tables.category_measures[c];
    const auto applicable = in & ~by_status[static_cast<std::size_t>(status::not_applicable)];
    if (applicable.none()) {
      r.category_status[c] = status::not_applicable;
    } else if ((applicable & ~by_status[static_cast<std::size_t>(status::compliant)]).none()) {
      r.category_status[c] = status::compliant;
    } else if ((applicable & ~by_status[static_cast<std::size_t>(status::noncompliant)]).none()) {
      r.category_status[c] = status::noncompliant;
    } else {
      r.category_status[c] = status::partial;
    }
  }
  r.audit_unmet = detail::unmet_by_column(ps.item_marks, by_status, rules.item_met_by);
  const auto columns = static_cast<std::size_t>((r.audit_unmet[0].none() ? 1U : 0U) |
                                                (r.audit_unmet[1].none() ? 2U : 0U) |
                                                (r.audit_unmet[2].none() ? 4U : 0U));
  const bool governance_fails =
      (tables.governance_basic & by_status[static_cast<std::size_t>(status::noncompliant)]).any();
  r.audit_grade = rules.audit_grade[columns][governance_fails ? 1 : 0];

  // Diagnosis: one bit set per outcome code; the grade is the worst performed.
  std::array<typename res::check_set, check_outcome::code_count> by_outcome{};
  if constexpr (Catalog::check_count == K) {
    for (std::size_t k = 0; k < K; ++k) {
      const check_outcome o = a.outcome(k);
      r.checks[k] = o;
      r.check_grade[k] = rules.outcome_grade[o.code()];
      by_outcome[o.code()].set(k);
      if (o.performed()) {
        r.has_diagnosis = true;
        r.diagnosis_grade = worst(r.diagnosis_grade, r.check_grade[k]);
      }
    }
  } else {
    by_outcome[check_outcome::not_performed().code()] = res::check_set::all();
  }
  r.diagnosis_unmet = detail::unmet_by_column(ps.check_marks, by_outcome, rules.check_met_by);

  // Level: the highest granting row whose grades and column are met.
  r.level.indicative = !r.has_diagnosis;
  for (const auto& rule : ps.levels) {
    const auto col = static_cast<std::size_t>(rule.column_required);
    const bool audit_ok = r.audit_grade <= rule.max_audit && r.audit_unmet[col].none();
    const bool diagnosis_ok = !r.has_diagnosis || (r.diagnosis_grade <= rule.max_diagnosis &&
                                                   r.diagnosis_unmet[col].none());
    if (audit_ok && diagnosis_ok) {
      r.level.stars = rule.stars;
      break;
    }
  }
  return r;
}

}  // namespace teleworksec
