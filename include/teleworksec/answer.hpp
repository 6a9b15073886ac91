#pragma once

#include <array>
#include <cstdint>

#include "teleworksec/names.hpp"

namespace teleworksec {

/// An answer to one checklist question (SPEC §3).
enum class answer : std::uint8_t {
  unanswered,      ///< counts as no, and marks the result provisional
  yes,
  no,
  not_applicable,  ///< an explicit "na": excluded whatever the facts say
};

/// Kinds of evidence that can support a "yes" (SPEC §2).
enum class evidence_kind : std::uint8_t {
  document,
  record,
  configuration,
  scan_report,
  interview,
  observation,
  self_declaration,  ///< never verifies a yes under the audit policy
};

/// A set of evidence kinds, one bit per kind.
struct evidence_set {
  std::uint8_t bits = 0;

  [[nodiscard]] constexpr bool contains(evidence_kind k) const noexcept {
    return ((bits >> static_cast<unsigned>(k)) & 1U) != 0;
  }
  [[nodiscard]] constexpr bool intersects(evidence_set o) const noexcept {
    return (bits & o.bits) != 0;
  }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits == 0; }
  friend constexpr evidence_set operator|(evidence_set a, evidence_set b) noexcept {
    return {static_cast<std::uint8_t>(a.bits | b.bits)};
  }
  friend constexpr bool operator==(evidence_set, evidence_set) noexcept = default;
};

/// The set holding just `k`.
constexpr evidence_set evidence_of(evidence_kind k) noexcept {
  return {static_cast<std::uint8_t>(1U << static_cast<unsigned>(k))};
}

/// How answers are taken (SPEC §3).
enum class evidence_policy : std::uint8_t {
  self_assessment,  ///< answers are taken as given
  audit,            ///< a yes counts only with evidence of an acceptable kind
};

/// yes, no, na; unanswered is what a missing answer means.
template <>
struct enum_names<answer> {
  static constexpr std::array<enum_name<answer>, 4> table{{
      {answer::yes, "yes", "yes", "はい"},
      {answer::no, "no", "no", "いいえ"},
      {answer::not_applicable, "na", "na", "対象外"},
      {answer::unanswered, "unanswered", "unanswered", "未回答", false},
  }};
};

/// The evidence kinds of SPEC §2.
template <>
struct enum_names<evidence_kind> {
  static constexpr std::array<enum_name<evidence_kind>, 7> table{{
      {evidence_kind::document, "document", "document", "文書"},
      {evidence_kind::record, "record", "record", "記録"},
      {evidence_kind::configuration, "configuration", "configuration", "設定"},
      {evidence_kind::scan_report, "scan_report", "scan report", "診断報告"},
      {evidence_kind::interview, "interview", "interview", "聞き取り"},
      {evidence_kind::observation, "observation", "observation", "目視確認"},
      {evidence_kind::self_declaration, "self_declaration", "self-declaration", "自己申告"},
  }};
};

/// How answers are taken.
template <>
struct enum_names<evidence_policy> {
  static constexpr std::array<enum_name<evidence_policy>, 2> table{{
      {evidence_policy::self_assessment, "self_assessment", "self-assessment (answers as given)", "自己評価（回答どおり）"},
      {evidence_policy::audit, "audit", "audit (a yes needs evidence)", "監査（「はい」には証跡が必要）"},
  }};
};

}  // namespace teleworksec
