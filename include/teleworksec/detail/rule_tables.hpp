#pragma once

#include <array>
#include <cstdint>

#include "teleworksec/certification.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/grade.hpp"
#include "teleworksec/mark.hpp"
#include "teleworksec/status.hpp"

namespace teleworksec::detail {

// A rule set's decisions, tabulated at compile time over every input it can
// see: the engine reads these tables instead of calling the rules, and the
// fingerprint hashes them, so a tailored rule changes the fingerprint even if
// its author forgets to change `version`.
struct rule_tables {
  std::array<std::uint8_t, 3> item_met_by{};   ///< per mark: bit s set when status s meets it
  std::array<std::uint8_t, 3> check_met_by{};  ///< per mark: bit c set when outcome code c meets it
  std::array<grade, check_outcome::code_count> outcome_grade{};
  std::array<std::array<grade, 2>, 8> audit_grade{};  ///< [columns met as 3 bits][governance noncompliant]
};

template <class Rules>
constexpr rule_tables tabulate() noexcept {
  rule_tables t{};
  for (std::uint8_t m = 0; m < 3; ++m) {
    for (std::uint8_t s = 0; s < 4; ++s) {
      if (Rules::item_meets(static_cast<mark>(m), static_cast<status>(s))) {
        t.item_met_by[m] = static_cast<std::uint8_t>(t.item_met_by[m] | (1U << s));
      }
    }
    for (std::uint8_t c = 0; c < check_outcome::code_count; ++c) {
      if (Rules::check_meets(static_cast<mark>(m), check_outcome::from_code(c))) {
        t.check_met_by[m] = static_cast<std::uint8_t>(t.check_met_by[m] | (1U << c));
      }
    }
  }
  for (std::uint8_t c = 0; c < check_outcome::code_count; ++c) {
    t.outcome_grade[c] = Rules::check_grade(check_outcome::from_code(c));
  }
  for (std::uint8_t cols = 0; cols < 8; ++cols) {
    const std::array<bool, column_count> met{(cols & 1U) != 0, (cols & 2U) != 0, (cols & 4U) != 0};
    t.audit_grade[cols][0] = Rules::audit_grade(met, false);
    t.audit_grade[cols][1] = Rules::audit_grade(met, true);
  }
  return t;
}

template <class Rules>
inline constexpr rule_tables rule_tables_of = tabulate<Rules>();

}  // namespace teleworksec::detail
