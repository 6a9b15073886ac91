#pragma once

#include <cstdint>

// Calendar days as the engine reads them: yyyymmdd numbers, which compare as
// days do, and their day numbers, which count days between them. Both are
// constexpr and need no clock: the caller says which day it is.

namespace teleworksec {

/// A calendar day as the number yyyymmdd (20261126), so that days compare as
/// numbers; 0 is "no day".
using calendar_day = std::uint32_t;

/// The number of days from 1970-01-01 to day d (proleptic Gregorian calendar;
/// H. Hinnant's days_from_civil), so that d + k days is day_number(d) + k.
[[nodiscard]] constexpr std::int32_t day_number(calendar_day d) noexcept {
  auto y = static_cast<std::int32_t>(d / 10000);
  const auto m = static_cast<std::int32_t>(d / 100 % 100);
  const auto day = static_cast<std::int32_t>(d % 100);
  y -= m <= 2 ? 1 : 0;
  const std::int32_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int32_t year_of_era = y - era * 400;
  const std::int32_t day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int32_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

/// The calendar day of day number n (days from 1970-01-01): the inverse of
/// day_number (H. Hinnant's civil_from_days).
[[nodiscard]] constexpr calendar_day day_of_number(std::int32_t n) noexcept {
  n += 719468;
  const std::int32_t era = (n >= 0 ? n : n - 146096) / 146097;
  const std::int32_t day_of_era = n - era * 146097;
  const std::int32_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int32_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int32_t mp = (5 * day_of_year + 2) / 153;
  const std::int32_t day = day_of_year - (153 * mp + 2) / 5 + 1;
  const std::int32_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int32_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return static_cast<calendar_day>(year * 10000 + month * 100 + day);
}

}  // namespace teleworksec
