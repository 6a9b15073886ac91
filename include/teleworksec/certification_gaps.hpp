#pragma once

#include <cstddef>
#include <cstdint>

#include "teleworksec/certification.hpp"
#include "teleworksec/grade.hpp"
#include "teleworksec/certification_result.hpp"

namespace teleworksec {

/// What blocks the next level up (SPEC §4), as sets indexed like the catalog.
template <class Catalog>
struct certification_gaps {
  using res = certification_result<Catalog>;
  /// The level aimed at: 2, 3 or 4; 0 when the result already has a
  /// diagnosed ★★★★. An indicative ★★★★ aims at ★★★★ itself: only the
  /// diagnosis is missing.
  std::uint8_t target_stars = 0;
  /// Audit items whose mark in the target's column is not met.
  typename res::measure_set audit_items{};
  /// Their failing questions: applicable and not a counted yes (overridden
  /// measures have none: an inspector set them).
  typename res::question_set questions{};
  /// Checks the target's column needs that were not performed.
  typename res::check_set checks_not_performed{};
  /// Performed checks graded worse than the target's column or its diagnosis
  /// grade allows (findings count wherever they are).
  typename res::check_set checks_too_low{};
  /// The audit grade must improve to at least this one.
  grade audit_grade_needed = grade::A;
  bool audit_grade_blocks = false;
  /// The diagnosis grade must improve to at least this one.
  grade diagnosis_grade_needed = grade::A;
  bool diagnosis_grade_blocks = false;
  /// No check was performed: the level is indicative until a diagnosis is made.
  bool diagnosis_missing = false;

  /// True when nothing blocks the target (only when there is no target).
  [[nodiscard]] constexpr bool none() const noexcept {
    return audit_items.none() && checks_not_performed.none() && checks_too_low.none() &&
           !audit_grade_blocks && !diagnosis_grade_blocks && !diagnosis_missing;
  }
};

/// What blocks the level above `r.level` — exactly the unmet conditions of
/// that level's row of the 認証レベル table (for an indicative ★★★★, of
/// ★★★★ itself).
template <class Catalog>
[[nodiscard]] constexpr certification_gaps<Catalog> gaps_to_next_level(
    Catalog /*catalog*/, const certification_result<Catalog>& r) noexcept {
  using res = certification_result<Catalog>;
  constexpr const auto& levels = Catalog::program_catalog::program_scoring.levels;
  certification_gaps<Catalog> g{};
  const auto* rule = &levels[0];
  if (r.level.stars >= levels[0].stars && !r.level.indicative) return g;
  for (const auto& l : levels) {
    if (l.stars > r.level.stars) rule = &l;
  }
  g.target_stars = rule->stars;
  const auto col = static_cast<std::size_t>(rule->column_required);

  g.audit_items = r.audit_unmet[col];
  g.audit_items.for_each([&](std::size_t m) {
    if (!r.overridden.test(m)) {
      g.questions |= Catalog::checklist_scoring.measure_questions[m] & r.failing;
    }
  });
  g.audit_grade_needed = rule->max_audit;
  g.audit_grade_blocks = r.audit_grade > rule->max_audit;

  g.diagnosis_missing = !r.has_diagnosis;
  g.diagnosis_grade_needed = rule->max_diagnosis;
  g.diagnosis_grade_blocks = r.has_diagnosis && r.diagnosis_grade > rule->max_diagnosis;
  // A checklist-only catalog has no diagnosis to list checks of.
  if constexpr (Catalog::check_count == 0) return g;
  for (std::size_t k = 0; k < res::check_count; ++k) {
    const auto& o = r.checks[k];
    const bool unmet = r.diagnosis_unmet[col].test(k);
    if (unmet && !o.performed()) g.checks_not_performed.set(k);
    if (o.performed() && (unmet || r.check_grade[k] > rule->max_diagnosis)) {
      g.checks_too_low.set(k);
    }
  }
  return g;
}

}  // namespace teleworksec
