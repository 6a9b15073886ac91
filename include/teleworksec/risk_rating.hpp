#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/answer.hpp"
#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/answer_summary.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/validate.hpp"
#include "teleworksec/tally.hpp"

// Rating of a risk catalog (coworking-user, SPEC §5): per measure group,
// implemented / applicable; the residual risks are those none of whose
// mitigating measures is implemented.

namespace teleworksec {

/// The default rules for risk catalogs. To tailor one, derive, hide the
/// function and pass the struct as evaluate<YourRules>(…); the engine reads
/// the rules only through their tables.
struct risk_rules {
  static constexpr std::string_view version = "risk/1";

  /// Whether a measure so answered mitigates its risks: only when implemented
  /// (yes). A measure answered "na" mitigates nothing, so excluding a measure
  /// never removes a risk.
  static constexpr bool mitigates(answer a) noexcept { return a == answer::yes; }
};

/// What the risk engine asks of a rule set.
template <class R>
concept risk_rules_for = requires(answer a) {
  { R::version } -> std::convertible_to<std::string_view>;
  { R::mitigates(a) } -> std::same_as<bool>;
};

/// The decisions of a risk rule set as tables (see rule_tables_v).
struct risk_rule_tables {
  std::array<bool, 4> mitigates{};  ///< by answer

  /// Feeds the tables to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (bool b : mitigates) h.number(b ? 1U : 0U);
  }
};

/// The answers for a risk catalog: one yes/no/na per measure, no facts.
template <catalog_of_kind<catalog_kind::risk> Catalog>
class risk_assessment : public answer_sheet<Catalog::catalog.measure_count, 0> {
 public:
  using catalog_type = Catalog;
};

/// What evaluate() derives from a risk assessment; the answer summary is
/// over the measures.
template <catalog_of_kind<catalog_kind::risk> Catalog>
struct risk_result : answer_summary<Catalog::catalog.measure_count> {
  static constexpr std::size_t measure_count = Catalog::catalog.measure_count;
  static constexpr std::size_t risk_count = Catalog::catalog.risk_count;
  static constexpr std::size_t group_count = Catalog::catalog.group_count;
  using measure_set = detail::bits<measure_count>;
  using risk_set = detail::bits<risk_count>;

  std::uint64_t fingerprint = 0;
  measure_set implemented{};  ///< applicable and answered yes
  std::array<tally, group_count> groups{};
  tally overall{};
  /// Risks none of whose mitigating measures mitigates (by the rules).
  risk_set residual{};

  friend constexpr bool operator==(const risk_result&, const risk_result&) noexcept = default;
};

namespace detail {

// The text-free tables the engine reads: which measures mitigate each risk.
template <class Catalog, class Rules>
struct risk_tables {
  using res = risk_result<Catalog>;
  risk_rule_tables rules{};
  std::array<std::uint8_t, res::measure_count> measure_group{};
  std::array<typename res::measure_set, res::risk_count> mitigators{};
};

template <class Catalog, class Rules>
constexpr risk_tables<Catalog, Rules> make_risk_tables() noexcept {
  const auto& c = Catalog::catalog;
  risk_tables<Catalog, Rules> t{};
  t.rules = rule_tables_v<catalog_kind::risk, Rules>;
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

}  // namespace detail

/// The tag of a risk catalog, validated at compile time: a catalog header
/// writes `struct my_catalog_t : risk_tag<my_catalog_data> {};`.
template <const auto& Data, class Rules = risk_rules>
struct risk_tag {
  static_assert(validate_risk<Data>());
  static constexpr std::string_view id = Data.id;
  static constexpr catalog_kind kind = catalog_kind::risk;
  using default_rules = Rules;
  static constexpr const auto& catalog = Data;  ///< the tables, texts included
  static constexpr std::size_t item_count = Data.measure_count;
  static constexpr const auto& facts = detail::no_facts;
};

/// The risk kind: coworking-user and catalogs like it.
template <>
struct kind_traits<catalog_kind::risk> {
  template <class C>
  using assessment = risk_assessment<C>;
  template <class C>
  using result = risk_result<C>;
  template <class Rules>
  static constexpr risk_rule_tables tabulate() noexcept {
    static_assert(risk_rules_for<Rules>, "not a risk rule set");
    risk_rule_tables t{};
    for (std::size_t k = 0; k < t.mitigates.size(); ++k) {
      t.mitigates[k] = Rules::mitigates(static_cast<answer>(k));
    }
    return t;
  }
  template <class C, class Rules>
  static constexpr auto make_tables() noexcept {
    return detail::make_risk_tables<C, Rules>();
  }
  template <class C>
  static constexpr void hash_content(detail::fnv1a& h) noexcept {
    C::catalog.hash_into(h);
  }
};

namespace detail {

// The engine; evaluate() is its public face.
template <class Rules, class Catalog>
[[nodiscard]] constexpr risk_result<Catalog> rate_risk(const risk_assessment<Catalog>& a) noexcept {
  using res = risk_result<Catalog>;
  constexpr const auto& tables = engine_tables_v<Catalog, Rules>;
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  static_cast<answer_summary<res::measure_count>&>(r) = summarize(a, res::measure_set::all());
  r.implemented = r.applicable & a.yes_plane();
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    const bool applicable = r.applicable.test(m);
    const bool implemented = r.implemented.test(m);
    r.groups[tables.measure_group[m]].add(applicable, implemented);
    r.overall.add(applicable, implemented);
  }
  // The measures whose answer mitigates, by the rules' table, one plane per answer.
  const auto& mitigates = tables.rules.mitigates;
  typename res::measure_set mitigating{};
  if (mitigates[static_cast<std::size_t>(answer::yes)]) mitigating |= a.yes_plane();
  if (mitigates[static_cast<std::size_t>(answer::no)]) mitigating |= a.no_plane();
  if (mitigates[static_cast<std::size_t>(answer::not_applicable)]) mitigating |= a.na_plane();
  if (mitigates[static_cast<std::size_t>(answer::unanswered)]) {
    mitigating |= ~(a.yes_plane() | a.no_plane() | a.na_plane());
  }
  for (std::size_t k = 0; k < res::risk_count; ++k) {
    r.residual.set_if(k, (tables.mitigators[k] & mitigating).none());
  }
  return r;
}

}  // namespace detail

}  // namespace teleworksec
