#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "teleworksec/certification.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/grade.hpp"
#include "teleworksec/mark.hpp"
#include "teleworksec/status.hpp"

namespace teleworksec {

/// The rating rules of the certification program (SPEC §4), the default
/// policy of evaluate(). To tailor a rule, derive from this struct, hide the
/// function, give a new `version` (it goes into the fingerprint) and pass the
/// struct as evaluate<YourRules>(…). The engine calls these functions only at
/// compile time, to build its tables, so any constexpr rule costs nothing.
struct certification_rules {
  /// Names this rule set in the fingerprint.
  static constexpr std::string_view version = "teleworksec/certification-rules/1";

  /// An audit item meets its mark: ● by compliant or not applicable, ▲ also by
  /// partial, - always (評価対象外).
  static constexpr bool item_meets(mark m, status s) noexcept {
    switch (m) {
      case mark::required: return s == status::compliant || s == status::not_applicable;
      case mark::partial_ok: return s != status::noncompliant;
      case mark::not_assessed: break;
    }
    return true;
  }

  /// The grade of a performed check: A when passed, else B/C/D/E by the worst
  /// severity of its findings (low/medium/high/urgent).
  static constexpr grade check_grade(check_outcome o) noexcept {
    if (o.what() != check_outcome::kind::findings) return grade::A;
    return static_cast<grade>(static_cast<std::uint8_t>(o.worst_severity()) + 1);
  }

  /// A check meets its mark: ● when performed (or not applicable) with grade
  /// A–B, ▲ with grade A–C, - always.
  static constexpr bool check_meets(mark m, check_outcome o) noexcept {
    if (m == mark::not_assessed) return true;
    if (o.what() == check_outcome::kind::not_applicable) return true;
    if (!o.performed()) return false;
    return check_grade(o) <= (m == mark::required ? grade::B : grade::C);
  }

  /// The audit grade: A when every ★★★ mark is met, B every ★★, C every ★;
  /// else E when a basic measure of category 1 (管理体制) is noncompliant
  /// (E: 「セキュリティポリシーや規約の策定、体制整備から対応が必要」), else D.
  static constexpr grade audit_grade(const std::array<bool, column_count>& columns_met,
                                     bool governance_basic_noncompliant) noexcept {
    if (columns_met[2]) return grade::A;
    if (columns_met[1]) return grade::B;
    if (columns_met[0]) return grade::C;
    return governance_basic_noncompliant ? grade::E : grade::D;
  }

  /// The category whose noncompliant basic measures make the audit grade E (0-based).
  static constexpr std::uint8_t governance_category = 0;
};

}  // namespace teleworksec
