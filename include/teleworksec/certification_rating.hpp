#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/certification_assessment.hpp"
#include "teleworksec/certification_result.hpp"
#include "teleworksec/certification_rules.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/fingerprint.hpp"

// The certification engine (SPEC §3, §4): questions → measures (= audit
// items) → audit grade; checks → diagnosis grade; both → level. evaluate.hpp
// calls it; kind_traits<certification> tells generic code about the kind.

namespace teleworksec {

namespace detail {

// Compile-time sets the engine needs besides the catalog's own tables.
template <class Catalog, class Rules>
struct certification_tables {
  using res = certification_result<Catalog>;
  certification_rule_tables rules{};
  std::array<typename res::measure_set, res::category_count> category_measures{};
  typename res::measure_set governance_basic{};
  /// item_unmet_if[c][s]: audit items whose mark in column c a status s does not meet.
  std::array<std::array<typename res::measure_set, 4>, column_count> item_unmet_if{};
  /// check_unmet_if[c][o]: checks whose mark in column c an outcome code o does not meet.
  std::array<std::array<typename res::check_set, check_outcome::code_count>, column_count>
      check_unmet_if{};
};

template <class Catalog, class Rules>
constexpr certification_tables<Catalog, Rules> make_certification_tables() noexcept {
  certification_tables<Catalog, Rules> t{};
  const auto& s = Catalog::checklist_scoring;
  const auto& marks = Catalog::program_catalog::program_scoring;
  const auto& rules = rule_tables_v<catalog_kind::certification, Rules>;
  t.rules = rules;
  for (std::size_t c = 0; c < column_count; ++c) {
    for (std::size_t mk = 0; mk < 3; ++mk) {
      for (std::size_t st = 0; st < 4; ++st) {
        if (((unsigned{rules.item_met_by[mk]} >> st) & 1U) == 0) {
          t.item_unmet_if[c][st] |= marks.item_marks[c][mk];
        }
      }
      for (std::size_t o = 0; o < check_outcome::code_count; ++o) {
        if (((unsigned{rules.check_met_by[mk]} >> o) & 1U) == 0) {
          t.check_unmet_if[c][o] |= marks.check_marks[c][mk];
        }
      }
    }
  }
  for (std::size_t m = 0; m < s.measure_category.size(); ++m) {
    t.category_measures[s.measure_category[m]].set(m);
    if (s.measure_category[m] == rules.governance_category && s.measure_tier[m] == tier::basic) {
      t.governance_basic.set(m);
    }
  }
  return t;
}

}  // namespace detail

/// Whether a catalog rates a vulnerability diagnosis (certification-v2 does,
/// coworking-v2 and the other kinds do not).
template <catalog C>
inline constexpr bool has_diagnosis_v = [] {
  if constexpr (C::kind == catalog_kind::certification) {
    return C::check_count != 0;
  } else {
    return false;
  }
}();

/// The certification kind: coworking-v2, certification-v2 and catalogs like them.
template <>
struct kind_traits<catalog_kind::certification> {
  template <class C>
  using assessment = certification_assessment<C>;
  template <class C>
  using result = certification_result<C>;
  template <class Rules>
  static constexpr certification_rule_tables tabulate() noexcept {
    return tabulate_certification_rules<Rules>();
  }
  template <class C, class Rules>
  static constexpr auto make_tables() noexcept {
    return detail::make_certification_tables<C, Rules>();
  }
  template <class C>
  static constexpr void hash_content(detail::fnv1a& h) noexcept {
    C::checklist.hash_into(h);
    h.number(C::check_count);
    C::program_catalog::program.hash_into(h);
  }
};

namespace detail {

// The engine; evaluate() is its public face.
template <class Rules, class Catalog>
[[nodiscard]] constexpr certification_result<Catalog> rate_certification(
    const certification_assessment<Catalog>& a) noexcept {
  using res = certification_result<Catalog>;
  using program_catalog = typename Catalog::program_catalog;
  constexpr std::size_t M = res::measure_count;
  constexpr std::size_t K = res::check_count;
  constexpr const auto& cs = Catalog::checklist_scoring;
  constexpr const auto& ps = program_catalog::program_scoring;
  constexpr const auto& tables = engine_tables_v<Catalog, Rules>;
  constexpr const auto& rules = tables.rules;

  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  r.policy = a.policy;

  // Questions: facts and explicit "na" decide applicability.
  typename res::question_set excluded_by_facts{};
  for (auto facts = a.false_facts().bits; facts != 0; facts &= facts - 1) {
    excluded_by_facts |= cs.questions_needing[static_cast<std::size_t>(std::countr_zero(facts))];
  }
  // Locals first, copied into `r` at the end of each step: g++ keeps locals
  // in registers but reloads the fields of the result it writes.
  const auto applicable = ~(excluded_by_facts | a.na_plane());
  const auto yes = a.yes_plane() & applicable;
  r.explicit_na = a.na_plane();
  r.applicable = applicable;
  typename res::question_set unverified{};
  if (a.policy == evidence_policy::audit) {
    // A self-declaration never verifies a yes.
    constexpr auto verifying =
        static_cast<std::uint8_t>(~evidence_of(evidence_kind::self_declaration).bits);
    yes.for_each([&](std::size_t q) {
      unverified.set_if(q, (a.evidence(q).bits & verifying & cs.question_evidence[q].bits) == 0);
    });
  }
  r.unverified = unverified;
  r.unanswered = applicable & ~(a.yes_plane() | a.no_plane());
  r.unanswered_count = r.unanswered.count();
  r.provisional = r.unanswered_count != 0;
  const auto failing = applicable & ~(yes & ~unverified);
  r.failing = failing;

  // Measures, which are the audit items. Three facts per measure — any
  // applicable question, any failing, any yes — kept as bit sets give every
  // status as a set (by_status); the status bytes are written from the sets
  // eight at a time at the end. The loop is a few independent word
  // operations per measure: no branch, no table load, no byte store, and no
  // comparison, which g++ 12 turned into setne plus two zero-extensions per
  // fact and so ran out of ALUs (README, Performance).
  typename res::measure_set any_applicable{};
  typename res::measure_set any_failing{};
  typename res::measure_set any_yes{};
  for (std::size_t m = 0; m < M; ++m) {
    const auto& qs = cs.measure_questions[m];
    any_applicable.or_bit(m, (qs & applicable).any_bit());
    any_failing.or_bit(m, (qs & failing).any_bit());
    any_yes.or_bit(m, (qs & yes).any_bit());
  }
  std::array<typename res::measure_set, 4> by_status{};
  by_status[static_cast<std::size_t>(status::not_applicable)] = ~any_applicable;
  by_status[static_cast<std::size_t>(status::compliant)] = any_applicable & ~any_failing;
  by_status[static_cast<std::size_t>(status::noncompliant)] =
      any_applicable & any_failing & ~any_yes;
  by_status[static_cast<std::size_t>(status::partial)] = any_applicable & any_failing & any_yes;
  a.overridden().for_each([&](std::size_t m) {
    for (auto& set : by_status) set.reset(m);
    by_status[static_cast<std::size_t>(*a.override_of(m))].set(m);
  });
  // The status codes 0–3 from two bit planes, eight measures per step.
  static_assert(static_cast<unsigned>(status::noncompliant) == 0 &&
                static_cast<unsigned>(status::partial) == 1 &&
                static_cast<unsigned>(status::compliant) == 2 &&
                static_cast<unsigned>(status::not_applicable) == 3);
  {
    const auto low = by_status[static_cast<std::size_t>(status::partial)] |
                     by_status[static_cast<std::size_t>(status::not_applicable)];
    const auto high = by_status[static_cast<std::size_t>(status::compliant)] |
                      by_status[static_cast<std::size_t>(status::not_applicable)];
    for (std::size_t i = 0; i < M; i += 8) {
      const auto codes =
          detail::spread_byte(low.byte_at(i)) | (detail::spread_byte(high.byte_at(i)) << 1);
      for (std::size_t b = 0; b < 8 && i + b < M; ++b) {
        r.measure_status[i + b] = static_cast<status>((codes >> (8 * b)) & 0xFFU);
      }
    }
  }
  r.overridden = a.overridden();
  for (std::size_t c = 0; c < res::category_count; ++c) {
    const auto& in = tables.category_measures[c];
    const auto rated = in & ~by_status[static_cast<std::size_t>(status::not_applicable)];
    if (rated.none()) {
      r.category_status[c] = status::not_applicable;
    } else if ((rated & ~by_status[static_cast<std::size_t>(status::compliant)]).none()) {
      r.category_status[c] = status::compliant;
    } else if ((rated & ~by_status[static_cast<std::size_t>(status::noncompliant)]).none()) {
      r.category_status[c] = status::noncompliant;
    } else {
      r.category_status[c] = status::partial;
    }
  }
  // Items unmet per column: those in a state that does not meet their mark.
  // Accumulated in locals, not in `r`, so the ors stay in registers.
  std::array<typename res::measure_set, column_count> audit_unmet{};
  for (std::size_t c = 0; c < column_count; ++c) {
    for (std::size_t st = 0; st < by_status.size(); ++st) {
      // Local set on the left: g++ 12 rejects a by-value operand copied from
      // a constexpr table in constant evaluation.
      audit_unmet[c] |= by_status[st] & tables.item_unmet_if[c][st];
    }
  }
  r.audit_unmet = audit_unmet;
  const auto columns = static_cast<std::size_t>((audit_unmet[0].none() ? 1U : 0U) |
                                                (audit_unmet[1].none() ? 2U : 0U) |
                                                (audit_unmet[2].none() ? 4U : 0U));
  const bool governance_fails =
      (tables.governance_basic & by_status[static_cast<std::size_t>(status::noncompliant)]).any();
  const grade audit_grade = rules.audit_grade[columns][governance_fails ? 1 : 0];
  r.audit_grade = audit_grade;

  // Diagnosis: one bit set per outcome code; the grade is the worst performed.
  std::array<typename res::check_set, check_outcome::code_count> by_outcome{};
  bool has_diagnosis = false;
  grade diagnosis_grade = grade::A;
  if constexpr (Catalog::check_count == K) {
    r.checks = a.outcomes();
    for (std::size_t k = 0; k < K; ++k) r.check_grade[k] = rules.outcome_grade[a.outcome(k).code()];
    // One set per outcome code, from the assessment's bit planes of the codes.
    const auto& code_bit = a.outcome_code_bits();
    bool performed = false;
    grade worst_grade = grade::A;
    for (std::uint8_t code = 0; code < check_outcome::code_count; ++code) {
      auto in = ((code & 1U) != 0 ? code_bit[0] : ~code_bit[0]) &
                ((code & 2U) != 0 ? code_bit[1] : ~code_bit[1]) &
                ((code & 4U) != 0 ? code_bit[2] : ~code_bit[2]);
      by_outcome[code] = in;
      if (code >= check_outcome::passed().code() && in.any()) {
        performed = true;
        worst_grade = worst(worst_grade, rules.outcome_grade[code]);
      }
    }
    has_diagnosis = performed;
    diagnosis_grade = worst_grade;
  } else {
    by_outcome[check_outcome::not_performed().code()] = res::check_set::all();
  }
  std::array<typename res::check_set, column_count> diagnosis_unmet{};
  for (std::size_t c = 0; c < column_count; ++c) {
    for (std::size_t o = 0; o < by_outcome.size(); ++o) {
      diagnosis_unmet[c] |= by_outcome[o] & tables.check_unmet_if[c][o];
    }
  }
  r.diagnosis_unmet = diagnosis_unmet;
  r.has_diagnosis = has_diagnosis;
  r.diagnosis_grade = diagnosis_grade;

  // Level: the highest granting row whose grades and column are met.
  r.level.indicative = !has_diagnosis;
  for (const auto& rule : ps.levels) {
    const auto col = static_cast<std::size_t>(rule.column_required);
    const bool audit_ok = audit_grade <= rule.max_audit && audit_unmet[col].none();
    const bool diagnosis_ok =
        !has_diagnosis || (diagnosis_grade <= rule.max_diagnosis && diagnosis_unmet[col].none());
    if (audit_ok && diagnosis_ok) {
      r.level.stars = rule.stars;
      break;
    }
  }
  return r;
}

}  // namespace detail

}  // namespace teleworksec
