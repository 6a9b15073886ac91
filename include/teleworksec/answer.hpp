#pragma once

#include <cstdint>
#include <string_view>

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

/// The file-format name of an answer ("yes", "no", "na", "unanswered").
constexpr std::string_view to_string(answer a) noexcept {
  switch (a) {
    case answer::yes: return "yes";
    case answer::no: return "no";
    case answer::not_applicable: return "na";
    case answer::unanswered: break;
  }
  return "unanswered";
}

/// The file-format name of an evidence kind.
constexpr std::string_view to_string(evidence_kind k) noexcept {
  switch (k) {
    case evidence_kind::document: return "document";
    case evidence_kind::record: return "record";
    case evidence_kind::configuration: return "configuration";
    case evidence_kind::scan_report: return "scan_report";
    case evidence_kind::interview: return "interview";
    case evidence_kind::observation: return "observation";
    case evidence_kind::self_declaration: break;
  }
  return "self_declaration";
}

/// The file-format name of an evidence policy.
constexpr std::string_view to_string(evidence_policy p) noexcept {
  return p == evidence_policy::audit ? "audit" : "self_assessment";
}

}  // namespace teleworksec
