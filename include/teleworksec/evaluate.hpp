#pragma once

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/certification_rating.hpp"
#include "teleworksec/policy_rating.hpp"
#include "teleworksec/risk_rating.hpp"
#include "teleworksec/self_check_rating.hpp"

// evaluate(catalog, assessment): one overload per catalog kind (SPEC §3–§5).
// Each is constexpr, noexcept and allocates nothing, so the same call works in
// a static_assert, at run time, in firmware and in WebAssembly. `Rules` is the
// catalog's default_rules unless tailored: evaluate<MyRules>(catalog, a).

namespace teleworksec {

/// Certification: measures and audit grade, checks and diagnosis grade, level (SPEC §4).
template <class Rules = catalog_rules, catalog_of_kind<catalog_kind::certification> C>
  requires certification_rules_for<rules_for_t<Rules, C>>
[[nodiscard]] constexpr result_t<C> evaluate(C, const assessment_t<C>& a) noexcept {
  return detail::rate_certification<rules_for_t<Rules, C>>(a);
}

/// Self-check: per role and threat group, the weakest group's level (SPEC §5).
template <class Rules = catalog_rules, catalog_of_kind<catalog_kind::self_check> C>
  requires self_check_rules_for<rules_for_t<Rules, C>>
[[nodiscard]] constexpr result_t<C> evaluate(C, const assessment_t<C>& a) noexcept {
  return detail::rate_self_check<rules_for_t<Rules, C>>(a);
}

/// Policy: conformance of the SHALL statements and the plan of the open ones (SPEC §5).
template <class Rules = catalog_rules, catalog_of_kind<catalog_kind::policy> C>
  requires policy_rules_for<rules_for_t<Rules, C>>
[[nodiscard]] constexpr result_t<C> evaluate(C, const assessment_t<C>& a) noexcept {
  return detail::rate_policy<rules_for_t<Rules, C>>(a);
}

/// Risk: measures implemented per group and the residual risks (SPEC §5).
template <class Rules = catalog_rules, catalog_of_kind<catalog_kind::risk> C>
  requires risk_rules_for<rules_for_t<Rules, C>>
[[nodiscard]] constexpr result_t<C> evaluate(C, const assessment_t<C>& a) noexcept {
  return detail::rate_risk<rules_for_t<Rules, C>>(a);
}

}  // namespace teleworksec
