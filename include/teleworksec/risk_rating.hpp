#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/tally.hpp"

// Rating of a risk catalog (coworking-user, SPEC §5): per measure group,
// implemented / applicable; the residual risks are those none of whose
// mitigating measures is implemented.

namespace teleworksec {

/// The default rules for risk catalogs.
struct risk_rules {
  static constexpr std::string_view version = "risk/1";
  static constexpr std::array<std::uint8_t, 0> parameters{};
};

/// The answers for a risk catalog: one yes/no/na per measure, no facts.
template <catalog_of_kind<catalog_kind::risk> Catalog>
class risk_assessment : public answer_sheet<Catalog::catalog.measure_count, 0> {
 public:
  using catalog_type = Catalog;
};

/// What evaluate() derives from a risk assessment.
template <catalog_of_kind<catalog_kind::risk> Catalog>
struct risk_result {
  static constexpr std::size_t measure_count = Catalog::catalog.measure_count;
  static constexpr std::size_t risk_count = Catalog::catalog.risk_count;
  static constexpr std::size_t group_count = Catalog::catalog.group_count;
  using measure_set = detail::bits<measure_count>;
  using risk_set = detail::bits<risk_count>;

  std::uint64_t fingerprint = 0;
  measure_set applicable{};   ///< not answered "na"
  measure_set explicit_na{};  ///< answered "na"
  measure_set unanswered{};   ///< applicable and unanswered (counted as not implemented)
  measure_set implemented{};  ///< applicable and answered yes
  std::size_t unanswered_count = 0;
  bool provisional = false;
  std::array<tally, group_count> groups{};
  tally overall{};
  /// Risks none of whose mitigating measures is implemented.
  risk_set residual{};

  friend constexpr bool operator==(const risk_result&, const risk_result&) noexcept = default;
};

namespace detail {

// The text-free tables the engine reads: which measures mitigate each risk.
template <class Catalog>
struct risk_tables {
  using res = risk_result<Catalog>;
  std::array<std::uint8_t, res::measure_count> measure_group{};
  std::array<typename res::measure_set, res::risk_count> mitigators{};
};

template <class Catalog>
constexpr risk_tables<Catalog> make_risk_tables() noexcept {
  const auto& c = Catalog::catalog;
  risk_tables<Catalog> t{};
  for (std::size_t m = 0; m < c.measures.size(); ++m) {
    const auto& def = c.measures[m];
    t.measure_group[m] = static_cast<std::uint8_t>(def.group - 1);
    for (std::size_t i = 0; i < def.mitigates_count; ++i) {
      for (std::size_t r = 0; r < c.risks.size(); ++r) {
        if (c.risks[r].group == def.mitigates[i].group && c.risks[r].no == def.mitigates[i].no) {
          t.mitigators[r].set(m);
        }
      }
    }
  }
  return t;
}

template <class Catalog>
inline constexpr risk_tables<Catalog> risk_tables_of = make_risk_tables<Catalog>();

}  // namespace detail

/// Rates a risk assessment (SPEC §5). constexpr, noexcept, no allocation.
template <class Rules = risk_rules, catalog_of_kind<catalog_kind::risk> Catalog>
[[nodiscard]] constexpr risk_result<Catalog> evaluate(Catalog /*catalog*/,
                                                      const risk_assessment<Catalog>& a) noexcept {
  using res = risk_result<Catalog>;
  constexpr const auto& tables = detail::risk_tables_of<Catalog>;
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  r.explicit_na = a.na_plane();
  r.applicable = ~a.na_plane();
  r.implemented = a.yes_plane();
  r.unanswered = r.applicable & ~(a.yes_plane() | a.no_plane());
  r.unanswered_count = r.unanswered.count();
  r.provisional = r.unanswered_count != 0;
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    const bool applicable = r.applicable.test(m);
    const bool implemented = r.implemented.test(m);
    r.groups[tables.measure_group[m]].add(applicable, implemented);
    r.overall.add(applicable, implemented);
  }
  for (std::size_t k = 0; k < res::risk_count; ++k) {
    r.residual.set_if(k, (tables.mitigators[k] & r.implemented).none());
  }
  return r;
}

}  // namespace teleworksec
