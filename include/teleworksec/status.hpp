#pragma once

#include <array>
#include <cstdint>

#include "teleworksec/names.hpp"

namespace teleworksec {

/// A measure's (or audit item's) status, derived from its applicable questions (SPEC §3).
/// The first three are ordered: a better status has a larger value.
enum class status : std::uint8_t {
  noncompliant,    ///< no applicable question answered yes
  partial,         ///< some, not all, yes — or all yes but some unverified under audit
  compliant,       ///< every applicable question yes (and verified under audit)
  not_applicable,  ///< no question of the measure is applicable
};

/// The statuses in the order tools list them.
template <>
struct enum_names<status> {
  static constexpr std::array<enum_name<status>, 4> table{{
      {status::compliant, "compliant", "compliant", "適合"},
      {status::partial, "partial", "partial", "一部適合"},
      {status::noncompliant, "noncompliant", "noncompliant", "不適合"},
      {status::not_applicable, "not_applicable", "not applicable", "対象外"},
  }};
};

}  // namespace teleworksec
