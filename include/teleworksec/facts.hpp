#pragma once

#include <cstdint>

namespace teleworksec {

/// A set of facility facts, one bit per fact of a catalog (at most 32).
/// As a question's condition it means "all of these facts are true".
struct fact_set {
  std::uint32_t bits = 0;

  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  [[nodiscard]] constexpr bool contains(fact_set o) const noexcept {
    return (bits & o.bits) == o.bits;
  }
  [[nodiscard]] constexpr bool intersects(fact_set o) const noexcept {
    return (bits & o.bits) != 0;
  }
  friend constexpr fact_set operator|(fact_set a, fact_set b) noexcept { return {a.bits | b.bits}; }
  friend constexpr fact_set operator&(fact_set a, fact_set b) noexcept { return {a.bits & b.bits}; }
  friend constexpr fact_set operator~(fact_set a) noexcept { return {~a.bits}; }
  friend constexpr bool operator==(fact_set, fact_set) noexcept = default;
};

/// The condition of an unconditional question.
inline constexpr fact_set always{};

/// The fact with index `i` in its catalog's fact table.
constexpr fact_set fact(unsigned i) noexcept { return {std::uint32_t{1} << i}; }

}  // namespace teleworksec
