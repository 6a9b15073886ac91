#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "teleworksec/answer.hpp"
#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/calendar.hpp"
#include "teleworksec/certification_assessment.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/policy_rating.hpp"

// Exclusions that expire: an explicit "na" answer, an inspector's override and
// a policy statement decided not_needed may hold until a last day. Applied to
// an assessment before evaluate(), on the evaluation day: an exclusion whose
// last day has passed is withdrawn (the na or not_needed becomes unanswered
// or undecided, the override goes and the measure's status is derived again),
// and the engine never sees it. No clock, no heap: firmware passes the day.

namespace teleworksec {

/// How many days before its last day an exclusion is reported as expiring.
inline constexpr std::int32_t expiring_within_days = 30;

/// Where an exclusion stands on the evaluation day.
enum class exclusion_term : std::uint8_t {
  holds,     ///< no last day, no evaluation day, or a last day more than 30 days ahead
  expiring,  ///< still holds; its last day is 0 to 30 days ahead (the day itself included)
  expired,   ///< its last day is before the evaluation day: it no longer applies
};

/// Where an exclusion holding until `last_day` (0: until withdrawn) stands on
/// day `on` (0: no evaluation day, and then nothing expires). The last day
/// itself still holds; the day after, the exclusion is expired.
[[nodiscard]] constexpr exclusion_term term_on(calendar_day last_day, calendar_day on) noexcept {
  if (last_day == 0 || on == 0) return exclusion_term::holds;
  if (last_day < on) return exclusion_term::expired;
  return day_number(last_day) - day_number(on) <= expiring_within_days ? exclusion_term::expiring
                                                                       : exclusion_term::holds;
}

/// The exclusions among N slots (questions, measures or statements) that
/// expired, and those expiring within 30 days.
template <std::size_t N>
struct expiry {
  detail::bits<N> expired{};
  detail::bits<N> expiring{};
  friend constexpr bool operator==(const expiry&, const expiry&) noexcept = default;
};

/// The last day each of N exclusions holds, by slot (0: until withdrawn).
template <std::size_t N>
struct exclusion_ends {
  std::array<calendar_day, N> last_day{};

  /// Where the exclusions of the slots in `excluded` stand on day `on`.
  [[nodiscard]] constexpr expiry<N> on(calendar_day day,
                                       const detail::bits<N>& excluded) const noexcept {
    expiry<N> e{};
    excluded.for_each([&](std::size_t i) {
      const auto t = term_on(last_day[i], day);
      e.expired.set(i, t == exclusion_term::expired);
      e.expiring.set(i, t == exclusion_term::expiring);
    });
    return e;
  }
};

/// Withdraws the "na" answers that expired before day `on`: they are
/// unanswered again (count as no, and make the result provisional).
template <std::size_t Q, std::size_t F>
constexpr expiry<Q> expire_na(answer_sheet<Q, F>& a, const exclusion_ends<Q>& ends,
                              calendar_day on) noexcept {
  const auto e = ends.on(on, a.na_plane());
  e.expired.for_each([&](std::size_t q) { a.set_answer(q, answer::unanswered); });
  return e;
}

/// Withdraws the inspector's overrides that expired before day `on`: those
/// measures' status is derived from the answers again.
template <class Catalog>
constexpr expiry<Catalog::checklist.measure_count> expire_overrides(
    certification_assessment<Catalog>& a,
    const exclusion_ends<Catalog::checklist.measure_count>& ends, calendar_day on) noexcept {
  const auto e = ends.on(on, a.overridden());
  e.expired.for_each([&](std::size_t m) { a.clear_override(m); });
  return e;
}

/// Withdraws the not_needed decisions (tailoring) that expired before day
/// `on`: those statements are undecided again, and open.
template <class Catalog>
constexpr expiry<Catalog::catalog.statement_count> expire_not_needed(
    policy_assessment<Catalog>& a, const exclusion_ends<Catalog::catalog.statement_count>& ends,
    calendar_day on) noexcept {
  detail::bits<Catalog::catalog.statement_count> tailored{};
  for (std::size_t n = 0; n < tailored.size; ++n) {
    tailored.set(n, a.decision_at(n) == decision::not_needed);
  }
  const auto e = ends.on(on, tailored);
  e.expired.for_each([&](std::size_t n) { a.decide(n, decision::undecided); });
  return e;
}

}  // namespace teleworksec
