#pragma once

#include <array>
#include <concepts>
#include <cstdint>
#include <string_view>

#include "teleworksec/certification.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/detail/fnv1a.hpp"
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


/// What the certification engine asks of a rule set: a version and the four
/// decisions of certification_rules, each callable at compile time.
template <class R>
concept certification_rules_for = requires(mark m, status s, check_outcome o,
                                           const std::array<bool, column_count>& columns) {
  { R::version } -> std::convertible_to<std::string_view>;
  { R::item_meets(m, s) } -> std::same_as<bool>;
  { R::check_grade(o) } -> std::same_as<grade>;
  { R::check_meets(m, o) } -> std::same_as<bool>;
  { R::audit_grade(columns, true) } -> std::same_as<grade>;
  { R::governance_category } -> std::convertible_to<std::uint8_t>;
};

/// The decisions of a certification rule set as tables (see rule_tables_v).
struct certification_rule_tables {
  std::array<std::uint8_t, 3> item_met_by{};   ///< per mark: bit s set when status s meets it
  std::array<std::uint8_t, 3> check_met_by{};  ///< per mark: bit c set when outcome code c meets it
  std::array<grade, check_outcome::code_count> outcome_grade{};
  std::array<std::array<grade, 2>, 8> audit_grade{};  ///< [columns met as 3 bits][governance noncompliant]
  std::uint8_t governance_category = 0;  ///< whose noncompliant basic measures give E

  /// Feeds the tables to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (auto b : item_met_by) h.number(b);
    for (auto b : check_met_by) h.number(b);
    for (auto g : outcome_grade) h.number(static_cast<std::uint8_t>(g));
    for (const auto& row : audit_grade) {
      for (auto g : row) h.number(static_cast<std::uint8_t>(g));
    }
    h.number(governance_category);
  }
};

/// Tabulates a certification rule set over every mark, status and outcome.
template <certification_rules_for Rules>
constexpr certification_rule_tables tabulate_certification_rules() noexcept {
  certification_rule_tables t{};
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
  t.governance_category = Rules::governance_category;
  return t;
}

}  // namespace teleworksec
