#pragma once

#include <cstddef>
#include <optional>

#include "teleworksec/answer.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/facts.hpp"

namespace teleworksec {

/// The facts and the yes/no/na answers of one assessment over Q questions and
/// F facts, as bit planes: what every catalog's assessment starts from.
template <std::size_t Q, std::size_t F>
class answer_sheet {
 public:
  static constexpr std::size_t fact_count = F;
  static constexpr std::size_t question_count = Q;

  /// States a fact. A fact never stated counts as true (SPEC §2), so leaving a
  /// fact out can never raise a rating.
  constexpr void set_fact(std::size_t f, bool value) noexcept {
    TELEWORKSEC_ASSERT(f < F);
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
    TELEWORKSEC_ASSERT(q < Q);
    yes_.set(q, a == answer::yes);
    no_.set(q, a == answer::no);
    na_.set(q, a == answer::not_applicable);
  }
  /// Sets the same answer to every question.
  constexpr void answer_all(answer a) noexcept {
    for (std::size_t q = 0; q < Q; ++q) set_answer(q, a);
  }
  [[nodiscard]] constexpr answer answer_at(std::size_t q) const noexcept {
    if (yes_.test(q)) return answer::yes;
    if (no_.test(q)) return answer::no;
    if (na_.test(q)) return answer::not_applicable;
    return answer::unanswered;
  }

  // The bit planes the engines read.
  [[nodiscard]] constexpr const detail::bits<Q>& yes_plane() const noexcept { return yes_; }
  [[nodiscard]] constexpr const detail::bits<Q>& no_plane() const noexcept { return no_; }
  [[nodiscard]] constexpr const detail::bits<Q>& na_plane() const noexcept { return na_; }

  friend constexpr bool operator==(const answer_sheet&, const answer_sheet&) noexcept = default;

 private:
  fact_set stated_{};
  fact_set false_{};
  detail::bits<Q> yes_{};
  detail::bits<Q> no_{};
  detail::bits<Q> na_{};
};

}  // namespace teleworksec
