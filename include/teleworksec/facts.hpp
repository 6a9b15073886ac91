#pragma once

#include <array>
#include <cstdint>
#include <string_view>

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

/// A facility fact a condition can name (SPEC §2); `id` is the file-format name.
struct fact_def {
  std::string_view id;
  std::string_view ja;
  std::string_view en;
};

/// The condition of an unconditional question.
inline constexpr fact_set always{};

/// The fact with index `i` in its catalog's fact table.
constexpr fact_set fact(unsigned i) noexcept { return {std::uint32_t{1} << i}; }

namespace detail {
/// The facts of a catalog that has none.
inline constexpr std::array<fact_def, 0> no_facts{};
}  // namespace detail

}  // namespace teleworksec
