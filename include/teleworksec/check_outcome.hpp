#pragma once

#include <array>
#include <cstdint>

#include "teleworksec/names.hpp"

#include "teleworksec/grade.hpp"

namespace teleworksec {

/// What a diagnosis says of one check (SPEC §4): not performed, not applicable,
/// passed, or findings — of which only the worst severity matters for rating.
class check_outcome {
 public:
  enum class kind : std::uint8_t { not_performed, not_applicable, passed, findings };

  /// The default: a check left out of the diagnosis is not performed.
  constexpr check_outcome() noexcept = default;

  static constexpr check_outcome not_performed() noexcept { return {}; }
  static constexpr check_outcome not_applicable() noexcept { return check_outcome{k_na}; }
  static constexpr check_outcome passed() noexcept { return check_outcome{k_passed}; }
  /// Findings whose worst severity is `worst`.
  static constexpr check_outcome findings(severity worst) noexcept {
    return check_outcome{static_cast<std::uint8_t>(k_findings + static_cast<std::uint8_t>(worst))};
  }

  [[nodiscard]] constexpr kind what() const noexcept {
    return code_ >= k_findings ? kind::findings : static_cast<kind>(code_);
  }
  /// Performed means passed or with findings.
  [[nodiscard]] constexpr bool performed() const noexcept { return code_ >= k_passed; }
  /// The worst severity; meaningful only when what() == kind::findings.
  [[nodiscard]] constexpr severity worst_severity() const noexcept {
    return static_cast<severity>(code_ >= k_findings ? code_ - k_findings : 0);
  }
  /// Records one more finding: the outcome keeps the worst severity.
  constexpr void add_finding(severity s) noexcept {
    const auto c = static_cast<std::uint8_t>(k_findings + static_cast<std::uint8_t>(s));
    if (code_ < c) code_ = c;
  }
  /// A dense code 0–6 (not performed, n/a, passed, low … urgent), for tables.
  [[nodiscard]] constexpr std::uint8_t code() const noexcept { return code_; }
  static constexpr std::uint8_t code_count = 7;
  static constexpr check_outcome from_code(std::uint8_t c) noexcept { return check_outcome{c}; }

  friend constexpr bool operator==(check_outcome, check_outcome) noexcept = default;

 private:
  static constexpr std::uint8_t k_na = 1;
  static constexpr std::uint8_t k_passed = 2;
  static constexpr std::uint8_t k_findings = 3;
  constexpr explicit check_outcome(std::uint8_t c) noexcept : code_{c} {}
  std::uint8_t code_ = 0;
};

/// The outcomes of a check as files write them.
template <>
struct enum_names<check_outcome::kind> {
  static constexpr std::array<enum_name<check_outcome::kind>, 4> table{{
      {check_outcome::kind::passed, "passed", "passed", "指摘なし"},
      {check_outcome::kind::findings, "findings", "findings", "指摘あり"},
      {check_outcome::kind::not_applicable, "not_applicable", "not applicable", "対象外"},
      {check_outcome::kind::not_performed, "not_performed", "not performed", "未実施"},
  }};
};

}  // namespace teleworksec
