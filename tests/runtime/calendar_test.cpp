// Tests of calendar.hpp: day numbers count days across months, leap days and
// years, and day_of_number is their inverse. Expected values by hand from the
// Gregorian calendar.

#include "teleworksec/calendar.hpp"

#include <catch2/catch.hpp>

namespace {
namespace tws = teleworksec;
}  // namespace

TEST_CASE("calendar: day numbers count days from 1970-01-01", "[calendar]") {
  STATIC_REQUIRE(tws::day_number(19700101) == 0);
  STATIC_REQUIRE(tws::day_number(19691231) == -1);
  // 30 years of 365 days and 7 leap days (1972 … 1996), then 31 + 29 days.
  STATIC_REQUIRE(tws::day_number(20000301) == 30 * 365 + 7 + 31 + 29);
  // A leap day: 2028-02-29 is one day after 02-28 and one before 03-01.
  STATIC_REQUIRE(tws::day_number(20280229) - tws::day_number(20280228) == 1);
  STATIC_REQUIRE(tws::day_number(20280301) - tws::day_number(20280229) == 1);
  // 2100 is not a leap year.
  STATIC_REQUIRE(tws::day_number(21000301) - tws::day_number(21000228) == 1);
  // Across a year: 2026-12-31 to 2027-01-01.
  STATIC_REQUIRE(tws::day_number(20270101) - tws::day_number(20261231) == 1);
  STATIC_REQUIRE(tws::day_number(20270101) - tws::day_number(20261202) == 30);
}

TEST_CASE("calendar: day_of_number is the inverse of day_number", "[calendar]") {
  STATIC_REQUIRE(tws::day_of_number(0) == 19700101);
  STATIC_REQUIRE(tws::day_of_number(-1) == 19691231);
  STATIC_REQUIRE(tws::day_of_number(tws::day_number(20280229) + 1) == 20280301);
  // 2026-11-30 is day 20,787 (56 years of 365 days, 14 leap days, then 333).
  STATIC_REQUIRE(tws::day_number(20261130) == 56 * 365 + 14 + 333);
  for (std::int32_t n = -800; n < 80000; n += 7) {
    REQUIRE(tws::day_number(tws::day_of_number(n)) == n);
  }
}
