#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/answer_summary.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/names.hpp"
#include "teleworksec/validate.hpp"
#include "teleworksec/self_check.hpp"
#include "teleworksec/tally.hpp"

// Rating of a self-check catalog (mic-telework-v4, SPEC §5): per role and
// threat group, implemented / applicable; a group's level is decided by its
// basic and then its recommended items, and the overall level is the weakest
// group's (「最も弱いところが全体のセキュリティレベルになる」).

namespace teleworksec {

/// The level of a threat group, or of the whole self-check.
enum class self_check_level : std::uint8_t {
  basic_unmet,  ///< some applicable basic item is not implemented
  basic,        ///< every applicable basic item is implemented
  recommended,  ///< every applicable item is implemented, recommended ones too
};

/// The levels in the guideline's terms.
template <>
struct enum_names<self_check_level> {
  static constexpr std::array<enum_name<self_check_level>, 3> table{{
      {self_check_level::basic_unmet, "basic_unmet", "Basic measures not met", "基本対策事項が未実施"},
      {self_check_level::basic, "basic", "Basic measures met", "基本対策事項を実施"},
      {self_check_level::recommended, "recommended", "Recommended measures met", "推奨対策事項まで実施"},
  }};
};

/// The default rules for self-check catalogs. To tailor one, derive, hide the
/// function and pass the struct as evaluate<YourRules>(…); the engine reads
/// the rules only through their tables (rule_tables_v), which the fingerprint
/// hashes.
struct self_check_rules {
  static constexpr std::string_view version = "self-check/1";

  /// Whether an item counts as basic, from the blocks its explanation has
  /// (基本対策事項, 推奨対策事項). An item with neither counts as basic: nothing
  /// the guideline lists is optional by default.
  static constexpr bool counts_as_basic(bool basic_block, bool recommended_block) noexcept {
    return basic_block || !recommended_block;
  }

  /// A group's level from whether its applicable basic items are all
  /// implemented and whether all its applicable items are.
  static constexpr self_check_level group_level(bool basic_met, bool all_met) noexcept {
    if (!basic_met) return self_check_level::basic_unmet;
    return all_met ? self_check_level::recommended : self_check_level::basic;
  }
};

/// What the self-check engine asks of a rule set.
template <class R>
concept self_check_rules_for = requires(bool b) {
  { R::version } -> std::convertible_to<std::string_view>;
  { R::counts_as_basic(b, b) } -> std::same_as<bool>;
  { R::group_level(b, b) } -> std::same_as<self_check_level>;
};

/// The decisions of a self-check rule set as tables (see rule_tables_v).
struct self_check_rule_tables {
  std::array<bool, 4> basic{};                 ///< [basic block + 2 × recommended block]
  std::array<self_check_level, 4> level{};     ///< [basic met + 2 × all met]

  /// Feeds the tables to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (bool b : basic) h.number(b ? 1U : 0U);
    for (auto l : level) h.number(static_cast<std::uint8_t>(l));
  }
};

/// The answers for a self-check catalog: facts (e.g. the telework patterns
/// and BYOD) and one yes/no/na per item.
template <catalog_of_kind<catalog_kind::self_check> Catalog>
class self_check_assessment
    : public answer_sheet<Catalog::catalog.item_count, Catalog::catalog.fact_count> {
 public:
  using catalog_type = Catalog;
};

/// What evaluate() derives from a self-check assessment; the answer summary
/// is over the items.
template <catalog_of_kind<catalog_kind::self_check> Catalog>
struct self_check_result : answer_summary<Catalog::catalog.item_count> {
  static constexpr std::size_t item_count = Catalog::catalog.item_count;
  static constexpr std::size_t role_count = Catalog::catalog.role_count;
  static constexpr std::size_t group_count = Catalog::catalog.group_count;
  using item_set = detail::bits<item_count>;
  using group_set = detail::bits<group_count>;

  std::uint64_t fingerprint = 0;
  item_set implemented{};  ///< applicable and answered yes
  /// Applicable items not implemented, basic ones and recommended ones: the
  /// gaps, basic first (SPEC §5).
  item_set unmet_basic{};
  item_set unmet_recommended{};

  std::array<std::array<tally, group_count>, role_count> by_role_group{};
  std::array<tally, group_count> by_group{};
  std::array<tally, role_count> by_role{};
  std::array<self_check_level, group_count> group_level{};
  group_set rated_groups{};  ///< groups with at least one applicable item
  /// The weakest rated group's level; basic_unmet when no item is applicable.
  self_check_level level = self_check_level::basic_unmet;
  group_set weakest{};  ///< rated groups at that level

  friend constexpr bool operator==(const self_check_result&,
                                   const self_check_result&) noexcept = default;
};

namespace detail {

// The text-free tables the engine reads.
template <class Catalog, class Rules>
struct self_check_tables {
  using res = self_check_result<Catalog>;
  self_check_rule_tables rules{};
  std::array<std::uint8_t, res::item_count> item_group{};
  std::array<std::uint8_t, res::item_count> item_role{};
  std::array<fact_set, res::item_count> item_patterns{};  ///< any of these (none: every pattern)
  std::array<fact_set, res::item_count> item_needs{};     ///< all of these
  typename res::item_set basic{};  ///< items that count as basic under Rules
};

template <class Catalog, class Rules>
constexpr self_check_tables<Catalog, Rules> make_self_check_tables() noexcept {
  const auto& c = Catalog::catalog;
  self_check_tables<Catalog, Rules> t{};
  t.rules = rule_tables_v<catalog_kind::self_check, Rules>;
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    const auto& def = c.items[i];
    t.item_group[i] = static_cast<std::uint8_t>(def.group - 1);
    t.item_role[i] = def.role;
    t.item_patterns[i] = def.patterns;
    t.item_needs[i] = def.scope.needs;
    t.basic.set(i, t.rules.basic[(def.basic ? 1U : 0U) + (def.recommended ? 2U : 0U)]);
  }
  return t;
}

}  // namespace detail

/// The tag of a self-check catalog, validated at compile time: a catalog header
/// writes `struct my_catalog_t : self_check_tag<my_catalog_data> {};`.
template <const auto& Data, class Rules = self_check_rules>
struct self_check_tag {
  static_assert(validate_self_check<Data>());
  static constexpr std::string_view id = Data.id;
  static constexpr catalog_kind kind = catalog_kind::self_check;
  using default_rules = Rules;
  static constexpr const auto& catalog = Data;  ///< the tables, texts included
  static constexpr std::size_t item_count = Data.item_count;
  static constexpr const auto& facts = Data.facts;
};

/// The self-check kind: mic-telework-v4 and catalogs like it.
template <>
struct kind_traits<catalog_kind::self_check> {
  template <class C>
  using assessment = self_check_assessment<C>;
  template <class C>
  using result = self_check_result<C>;
  template <class Rules>
  static constexpr self_check_rule_tables tabulate() noexcept {
    static_assert(self_check_rules_for<Rules>, "not a self-check rule set");
    self_check_rule_tables t{};
    for (std::size_t k = 0; k < 4; ++k) {
      t.basic[k] = Rules::counts_as_basic((k & 1U) != 0, (k & 2U) != 0);
      t.level[k] = Rules::group_level((k & 1U) != 0, (k & 2U) != 0);
    }
    return t;
  }
  template <class C, class Rules>
  static constexpr auto make_tables() noexcept {
    return detail::make_self_check_tables<C, Rules>();
  }
  template <class C>
  static constexpr void hash_content(detail::fnv1a& h) noexcept {
    C::catalog.hash_into(h);
  }
};

namespace detail {

// The engine; evaluate() is its public face.
template <class Rules, class Catalog>
[[nodiscard]] constexpr self_check_result<Catalog> rate_self_check(
    const self_check_assessment<Catalog>& a) noexcept {
  using res = self_check_result<Catalog>;
  constexpr std::size_t G = res::group_count;
  constexpr const auto& tables = engine_tables_v<Catalog, Rules>;
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  // A fact never stated counts as true (SPEC §2).
  const fact_set true_facts = ~a.false_facts();
  typename res::item_set by_facts{};
  for (std::size_t i = 0; i < res::item_count; ++i) {
    const fact_set patterns = tables.item_patterns[i];
    by_facts.set_if(i, (patterns.empty() || patterns.intersects(true_facts)) &&
                           true_facts.contains(tables.item_needs[i]));
  }
  static_cast<answer_summary<res::item_count>&>(r) = summarize(a, by_facts);
  r.implemented = r.applicable & a.yes_plane();
  const auto unmet = r.applicable & ~r.implemented;
  r.unmet_basic = unmet & tables.basic;
  r.unmet_recommended = unmet & ~tables.basic;

  std::array<bool, G> basic_unmet{};
  for (std::size_t i = 0; i < res::item_count; ++i) {
    const std::size_t g = tables.item_group[i];
    const std::size_t role_index = tables.item_role[i];
    const bool applicable = r.applicable.test(i);
    const bool implemented = r.implemented.test(i);
    r.by_role_group[role_index][g].add(applicable, implemented);
    r.by_group[g].add(applicable, implemented);
    r.by_role[role_index].add(applicable, implemented);
    basic_unmet[g] = basic_unmet[g] || r.unmet_basic.test(i);
  }
  auto overall = self_check_level::recommended;
  for (std::size_t g = 0; g < G; ++g) {
    const bool basic_met = !basic_unmet[g];
    const bool all_met = r.by_group[g].complete();
    r.group_level[g] = tables.rules.level[(basic_met ? 1U : 0U) + (all_met ? 2U : 0U)];
    if (r.by_group[g].applicable == 0) continue;
    r.rated_groups.set(g);
    if (r.group_level[g] < overall) overall = r.group_level[g];
  }
  r.level = r.rated_groups.any() ? overall : self_check_level::basic_unmet;
  for (std::size_t g = 0; g < G; ++g) {
    r.weakest.set_if(g, r.rated_groups.test(g) && r.group_level[g] == r.level);
  }
  return r;
}

}  // namespace detail

}  // namespace teleworksec
