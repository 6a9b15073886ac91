#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "teleworksec/answer.hpp"
#include "teleworksec/answer_summary.hpp"
#include "teleworksec/certification.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/grade.hpp"
#include "teleworksec/status.hpp"

namespace teleworksec {

/// The level reached: ★★★★ = 4, ★★★ = 3, ★★ = 2, 認証不可 = 0.
struct level_result {
  std::uint8_t stars = 0;
  /// True when no diagnosis was performed: the level follows from the audit alone.
  bool indicative = true;
  friend constexpr bool operator==(level_result, level_result) noexcept = default;
};

/// Everything evaluate() derives from a certification assessment, with fixed
/// capacity. Question, measure and check sets are bit sets indexed like the
/// catalog; the answer summary (applicable, explicit_na, unanswered,
/// provisional) is over the questions.
template <class Catalog>
struct certification_result : answer_summary<Catalog::checklist.question_count> {
  using program_catalog = typename Catalog::program_catalog;
  static constexpr std::size_t question_count = Catalog::checklist.question_count;
  static constexpr std::size_t measure_count = Catalog::checklist.measure_count;
  static constexpr std::size_t category_count = Catalog::checklist.category_count;
  static constexpr std::size_t check_count = program_catalog::program.check_count;
  using question_set = detail::bits<question_count>;
  using measure_set = detail::bits<measure_count>;
  using check_set = detail::bits<check_count>;

  /// Proves which catalog content and rules scored this result.
  std::uint64_t fingerprint = 0;
  evidence_policy policy = evidence_policy::self_assessment;

  question_set unverified{};  ///< yes without acceptable evidence (audit policy)
  question_set failing{};     ///< applicable and not a counted yes

  /// Status of each measure, which is also the status of its audit item.
  std::array<status, measure_count> measure_status{};
  measure_set overridden{};  ///< statuses set by an inspector, not derived
  std::array<status, category_count> category_status{};
  /// Audit items whose mark in column ★ / ★★ / ★★★ is not met.
  std::array<measure_set, column_count> audit_unmet{};
  grade audit_grade = grade::E;

  /// False when no check was performed: then the level is indicative.
  bool has_diagnosis = false;
  grade diagnosis_grade = grade::A;
  std::array<check_outcome, check_count> checks{};
  std::array<grade, check_count> check_grade{};  ///< meaningful for performed checks
  /// Checks whose mark in column ★ / ★★ / ★★★ is not met.
  std::array<check_set, column_count> diagnosis_unmet{};

  level_result level{};

  /// Whether the given column of the audit table is met.
  [[nodiscard]] constexpr bool audit_met(column c) const noexcept {
    return audit_unmet[static_cast<std::size_t>(c)].none();
  }
  /// Whether the given column of the diagnosis table is met.
  [[nodiscard]] constexpr bool diagnosis_met(column c) const noexcept {
    return diagnosis_unmet[static_cast<std::size_t>(c)].none();
  }

  friend constexpr bool operator==(const certification_result&,
                                   const certification_result&) noexcept = default;
};

}  // namespace teleworksec
