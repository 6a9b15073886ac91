#pragma once

#include <array>
#include <cstdint>

#include "teleworksec/names.hpp"

namespace teleworksec {

/// An A–E grade of 001's grade tables; A is best, and a larger value is worse.
enum class grade : std::uint8_t { A, B, C, D, E };

/// Severity of a diagnosis finding (SPEC §4), mildest first.
enum class severity : std::uint8_t { low, medium, high, urgent };

/// The worse of two grades.
constexpr grade worst(grade a, grade b) noexcept { return a < b ? b : a; }

/// The grades by their letters.
template <>
struct enum_names<grade> {
  static constexpr std::array<enum_name<grade>, 5> table{{
      {grade::A, "A", "A", "A"},
      {grade::B, "B", "B", "B"},
      {grade::C, "C", "C", "C"},
      {grade::D, "D", "D", "D"},
      {grade::E, "E", "E", "E"},
  }};
};

/// The severities of findings, mildest first.
template <>
struct enum_names<severity> {
  static constexpr std::array<enum_name<severity>, 4> table{{
      {severity::low, "low", "low", "低"},
      {severity::medium, "medium", "medium", "中"},
      {severity::high, "high", "high", "高"},
      {severity::urgent, "urgent", "urgent", "緊急"},
  }};
};

}  // namespace teleworksec
