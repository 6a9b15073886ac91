#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "teleworksec/answer.hpp"
#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/status.hpp"

namespace teleworksec {

/// The answers, facts, overrides and diagnosis of one facility for a
/// certification catalog (coworking-v2, certification-v2),
/// with fixed capacity and no heap: about a hundred bytes for certification-v2.
/// Indexes are positions in the catalog's tables (see ids.hpp for the IDs).
template <class Catalog>
class certification_assessment : public answer_sheet<Catalog::checklist.question_count,
                                       Catalog::checklist.fact_count> {
 public:
  using catalog_type = Catalog;
  using sheet = answer_sheet<Catalog::checklist.question_count, Catalog::checklist.fact_count>;
  using sheet::fact_count;
  using sheet::question_count;
  static constexpr std::size_t measure_count = Catalog::checklist.measure_count;
  static constexpr std::size_t check_count = Catalog::check_count;

  /// How answers are taken; self-assessment by default.
  evidence_policy policy = evidence_policy::self_assessment;

  /// Records evidence of kind k for question q (the reference itself is kept
  /// by the caller, e.g. the JSON layer).
  constexpr void add_evidence(std::size_t q, evidence_kind k) noexcept {
    TELEWORKSEC_ASSERT(q < question_count);
    evidence_[q] = evidence_[q] | evidence_of(k);
  }
  [[nodiscard]] constexpr evidence_set evidence(std::size_t q) const noexcept {
    return evidence_[q];
  }

  /// An inspector sets measure m's status directly; the result records it as set.
  constexpr void override_status(std::size_t m, status s) noexcept {
    TELEWORKSEC_ASSERT(m < measure_count);
    overridden_.set(m);
    override_[m] = s;
  }
  constexpr void clear_override(std::size_t m) noexcept {
    overridden_.reset(m);
    override_[m] = status{};
  }
  [[nodiscard]] constexpr std::optional<status> override_of(std::size_t m) const noexcept {
    if (!overridden_.test(m)) return std::nullopt;
    return override_[m];
  }

  /// Sets what the diagnosis says of check k.
  constexpr void diagnose(std::size_t k, check_outcome o) noexcept {
    TELEWORKSEC_ASSERT(k < check_count);
    checks_[k] = o;
    for (std::size_t b = 0; b < code_bits_.size(); ++b) {
      code_bits_[b].set(k, ((unsigned{o.code()} >> b) & 1U) != 0);
    }
  }
  constexpr void diagnose_all(check_outcome o) noexcept {
    for (std::size_t k = 0; k < check_count; ++k) diagnose(k, o);
  }
  [[nodiscard]] constexpr check_outcome outcome(std::size_t k) const noexcept {
    return checks_[k];
  }

  // The bit planes the engine reads besides the answer sheet's.
  [[nodiscard]] constexpr const detail::bits<measure_count>& overridden() const noexcept {
    return overridden_;
  }
  [[nodiscard]] constexpr const std::array<check_outcome, check_count>& outcomes() const noexcept {
    return checks_;
  }
  /// Bit b of every check's outcome code, so the engine sorts checks by
  /// outcome with a few word operations.
  [[nodiscard]] constexpr const std::array<detail::bits<check_count>, 3>& outcome_code_bits()
      const noexcept {
    return code_bits_;
  }

  friend constexpr bool operator==(const certification_assessment&,
                                   const certification_assessment&) noexcept = default;

 private:
  std::array<evidence_set, question_count> evidence_{};
  detail::bits<measure_count> overridden_{};
  std::array<status, measure_count> override_{};
  std::array<check_outcome, check_count> checks_{};
  std::array<detail::bits<check_count>, 3> code_bits_{};  // the codes of checks_, as bit planes
};

}  // namespace teleworksec
