#pragma once

#include <cstdint>
#include <string_view>

namespace teleworksec {

/// A measure's (or audit item's) status, derived from its applicable questions (SPEC §3).
/// The first three are ordered: a better status has a larger value.
enum class status : std::uint8_t {
  noncompliant,    ///< no applicable question answered yes
  partial,         ///< some, not all, yes — or all yes but some unverified under audit
  compliant,       ///< every applicable question yes (and verified under audit)
  not_applicable,  ///< no question of the measure is applicable
};

/// The file-format name of a status.
constexpr std::string_view to_string(status s) noexcept {
  switch (s) {
    case status::noncompliant: return "noncompliant";
    case status::partial: return "partial";
    case status::compliant: return "compliant";
    case status::not_applicable: break;
  }
  return "not_applicable";
}

}  // namespace teleworksec
