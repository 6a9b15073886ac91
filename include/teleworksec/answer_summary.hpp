#pragma once

#include <cstddef>

#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/detail/bits.hpp"

namespace teleworksec {

/// What every result says of the answers, whatever the kind (SPEC §3): which
/// items count, which were excluded by an explicit "na", which are still
/// open. Results derive from it, so `r.applicable` or `r.provisional` read the
/// same for every catalog.
template <std::size_t N>
struct answer_summary {
  using item_set = detail::bits<N>;

  item_set applicable{};   ///< applicable by the facts and not excluded by "na"
  item_set explicit_na{};  ///< answered "na" (or tailored out): excluded whatever the facts say
  item_set unanswered{};   ///< applicable and unanswered (counted as no)
  std::size_t unanswered_count = 0;
  /// True when some applicable item is unanswered: the result may still change.
  bool provisional = false;

  friend constexpr bool operator==(const answer_summary&, const answer_summary&) noexcept =
      default;
};

/// The summary of an answer sheet whose items are applicable by the facts
/// where `by_facts` is set.
template <std::size_t Q, std::size_t F>
[[nodiscard]] constexpr answer_summary<Q> summarize(const answer_sheet<Q, F>& a,
                                                    const detail::bits<Q>& by_facts) noexcept {
  answer_summary<Q> s{};
  s.explicit_na = a.na_plane();
  s.applicable = by_facts & ~a.na_plane();
  s.unanswered = s.applicable & ~(a.yes_plane() | a.no_plane());
  s.unanswered_count = s.unanswered.count();
  s.provisional = s.unanswered_count != 0;
  return s;
}

}  // namespace teleworksec
