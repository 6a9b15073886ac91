#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "teleworksec/answer.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/facts.hpp"
#include "teleworksec/status.hpp"

namespace teleworksec {

/// The answers, facts, overrides and diagnosis of one facility for `Catalog`,
/// with fixed capacity and no heap: about a hundred bytes for certification-v2.
/// Indexes are positions in the catalog's tables (see ids.hpp for the IDs).
template <class Catalog>
class assessment {
 public:
  using catalog_type = Catalog;
  static constexpr std::size_t fact_count = Catalog::checklist.fact_count;
  static constexpr std::size_t measure_count = Catalog::checklist.measure_count;
  static constexpr std::size_t question_count = Catalog::checklist.question_count;
  static constexpr std::size_t check_count = Catalog::check_count;

  /// How answers are taken; self-assessment by default.
  evidence_policy policy = evidence_policy::self_assessment;

  /// States a fact. A fact never stated counts as true (SPEC §2), so leaving a
  /// fact out can never raise a rating.
  constexpr void set_fact(std::size_t f, bool value) noexcept {
    TELEWORKSEC_ASSERT(f < fact_count);
    stated_.bits |= fact(static_cast<unsigned>(f)).bits;
    if (value) {
      false_.bits &= ~fact(static_cast<unsigned>(f)).bits;
    } else {
      false_.bits |= fact(static_cast<unsigned>(f)).bits;
    }
  }
  /// The stated value of a fact, or nothing when it was not stated.
  [[nodiscard]] constexpr std::optional<bool> fact_value(std::size_t f) const noexcept {
    if (!stated_.contains(fact(static_cast<unsigned>(f)))) return std::nullopt;
    return !false_.contains(fact(static_cast<unsigned>(f)));
  }
  /// The facts stated false.
  [[nodiscard]] constexpr fact_set false_facts() const noexcept { return false_; }

  /// Sets the answer to question q.
  constexpr void set_answer(std::size_t q, answer a) noexcept {
    TELEWORKSEC_ASSERT(q < question_count);
    yes_.set(q, a == answer::yes);
    no_.set(q, a == answer::no);
    na_.set(q, a == answer::not_applicable);
  }
  /// Sets the same answer to every question.
  constexpr void answer_all(answer a) noexcept {
    for (std::size_t q = 0; q < question_count; ++q) set_answer(q, a);
  }
  [[nodiscard]] constexpr answer answer_at(std::size_t q) const noexcept {
    if (yes_.test(q)) return answer::yes;
    if (no_.test(q)) return answer::no;
    if (na_.test(q)) return answer::not_applicable;
    return answer::unanswered;
  }

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

  // The bit planes the engine reads.
  [[nodiscard]] constexpr const detail::bits<question_count>& yes_plane() const noexcept {
    return yes_;
  }
  [[nodiscard]] constexpr const detail::bits<question_count>& no_plane() const noexcept {
    return no_;
  }
  [[nodiscard]] constexpr const detail::bits<question_count>& na_plane() const noexcept {
    return na_;
  }
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

  friend constexpr bool operator==(const assessment&, const assessment&) noexcept = default;

 private:
  fact_set stated_{};
  fact_set false_{};
  detail::bits<question_count> yes_{};
  detail::bits<question_count> no_{};
  detail::bits<question_count> na_{};
  std::array<evidence_set, question_count> evidence_{};
  detail::bits<measure_count> overridden_{};
  std::array<status, measure_count> override_{};
  std::array<check_outcome, check_count> checks_{};
  std::array<detail::bits<check_count>, 3> code_bits_{};  // the codes of checks_, as bit planes
};

}  // namespace teleworksec
