#pragma once

#include <cstdint>

namespace teleworksec {

/// How many applicable items a group has and how many of them are implemented.
struct tally {
  std::uint8_t implemented = 0;
  std::uint8_t applicable = 0;

  /// Counts one item.
  constexpr void add(bool is_applicable, bool is_implemented) noexcept {
    applicable = static_cast<std::uint8_t>(applicable + (is_applicable ? 1 : 0));
    implemented = static_cast<std::uint8_t>(implemented + (is_applicable && is_implemented ? 1 : 0));
  }
  /// True when every applicable item is implemented (also when there is none).
  [[nodiscard]] constexpr bool complete() const noexcept { return implemented == applicable; }
  friend constexpr bool operator==(tally, tally) noexcept = default;
};

}  // namespace teleworksec
