#pragma once

#include <cstdint>
#include <string_view>

namespace teleworksec {

/// An A–E grade of 001's grade tables; A is best, and a larger value is worse.
enum class grade : std::uint8_t { A, B, C, D, E };

/// Severity of a diagnosis finding (SPEC §4), mildest first.
enum class severity : std::uint8_t { low, medium, high, urgent };

/// The worse of two grades.
constexpr grade worst(grade a, grade b) noexcept { return a < b ? b : a; }

/// The letter of a grade.
constexpr std::string_view to_string(grade g) noexcept {
  constexpr std::string_view letters[] = {"A", "B", "C", "D", "E"};
  return letters[static_cast<std::uint8_t>(g)];
}

/// The file-format name of a severity.
constexpr std::string_view to_string(severity s) noexcept {
  constexpr std::string_view names[] = {"low", "medium", "high", "urgent"};
  return names[static_cast<std::uint8_t>(s)];
}

}  // namespace teleworksec
