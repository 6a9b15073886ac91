#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/answer_sheet.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/fingerprint.hpp"
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

/// The file-format name of a level.
constexpr std::string_view to_string(self_check_level l) noexcept {
  switch (l) {
    case self_check_level::basic_unmet: return "basic_unmet";
    case self_check_level::basic: return "basic";
    case self_check_level::recommended: break;
  }
  return "recommended";
}

/// The name of a level in Japanese, in the guideline's terms.
constexpr std::string_view name_ja(self_check_level l) noexcept {
  switch (l) {
    case self_check_level::basic_unmet: return "基本対策事項が未実施";
    case self_check_level::basic: return "基本対策事項を実施";
    case self_check_level::recommended: break;
  }
  return "推奨対策事項まで実施";
}

/// The name of a level in English.
constexpr std::string_view name_en(self_check_level l) noexcept {
  switch (l) {
    case self_check_level::basic_unmet: return "Basic measures not met";
    case self_check_level::basic: return "Basic measures met";
    case self_check_level::recommended: break;
  }
  return "Recommended measures met";
}

/// The default rules for self-check catalogs.
struct self_check_rules {
  static constexpr std::string_view version = "self-check/1";
  /// An item whose explanation gives neither a 基本対策事項 nor a 推奨対策事項
  /// block counts as basic: nothing the guideline lists is optional by default.
  static constexpr bool unmarked_items_are_basic = true;
  static constexpr std::array<std::uint8_t, 1> parameters{unmarked_items_are_basic ? 1 : 0};
};

/// The answers for a self-check catalog: facts (the telework patterns and
/// BYOD) and one yes/no/na per item.
template <catalog_of_kind<catalog_kind::self_check> Catalog>
class self_check_assessment
    : public answer_sheet<Catalog::catalog.item_count, Catalog::catalog.fact_count> {
 public:
  using catalog_type = Catalog;
};

/// What evaluate() derives from a self-check assessment.
template <catalog_of_kind<catalog_kind::self_check> Catalog>
struct self_check_result {
  static constexpr std::size_t item_count = Catalog::catalog.item_count;
  static constexpr std::size_t group_count = Catalog::catalog.group_count;
  using item_set = detail::bits<item_count>;
  using group_set = detail::bits<group_count>;

  std::uint64_t fingerprint = 0;
  item_set applicable{};   ///< applicable by patterns and BYOD, and not answered "na"
  item_set explicit_na{};  ///< answered "na": excluded whatever the facts say
  item_set unanswered{};   ///< applicable and unanswered (counted as not implemented)
  item_set implemented{};  ///< applicable and answered yes
  /// Applicable items not implemented, basic ones and recommended ones: the
  /// gaps, basic first (SPEC §5).
  item_set unmet_basic{};
  item_set unmet_recommended{};
  std::size_t unanswered_count = 0;
  bool provisional = false;

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
  std::array<std::uint8_t, res::item_count> item_group{};
  std::array<role, res::item_count> item_role{};
  std::array<fact_set, res::item_count> item_patterns{};
  typename res::item_set basic{};      ///< items that count as basic under Rules
  typename res::item_set byod_only{};  ///< items that apply only with private devices
  fact_set byod{};                     ///< the BYOD fact
};

template <class Catalog, class Rules>
constexpr self_check_tables<Catalog, Rules> make_self_check_tables() noexcept {
  const auto& c = Catalog::catalog;
  self_check_tables<Catalog, Rules> t{};
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    const auto& def = c.items[i];
    t.item_group[i] = static_cast<std::uint8_t>(def.group - 1);
    t.item_role[i] = def.role;
    t.item_patterns[i] = def.patterns;
    t.basic.set(i, def.basic || (!def.recommended && Rules::unmarked_items_are_basic));
    t.byod_only.set(i, def.byod == byod_rule::byod_only);
  }
  for (std::size_t f = 0; f < c.facts.size(); ++f) {
    if (c.facts[f].id == "byod") t.byod = fact(static_cast<unsigned>(f));
  }
  return t;
}

template <class Catalog, class Rules>
inline constexpr self_check_tables<Catalog, Rules> self_check_tables_of =
    make_self_check_tables<Catalog, Rules>();

}  // namespace detail

/// Rates a self-check assessment (SPEC §5). constexpr, noexcept, no allocation.
template <class Rules = self_check_rules, catalog_of_kind<catalog_kind::self_check> Catalog>
[[nodiscard]] constexpr self_check_result<Catalog> evaluate(
    Catalog /*catalog*/, const self_check_assessment<Catalog>& a) noexcept {
  using res = self_check_result<Catalog>;
  constexpr std::size_t G = res::group_count;
  constexpr const auto& tables = detail::self_check_tables_of<Catalog, Rules>;
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  // A fact never stated counts as true (SPEC §2).
  const fact_set true_facts = ~a.false_facts();
  const bool byod = true_facts.contains(tables.byod);
  for (std::size_t i = 0; i < res::item_count; ++i) {
    const fact_set patterns = tables.item_patterns[i];
    const bool by_facts = (patterns.empty() || patterns.intersects(true_facts)) &&
                          (byod || !tables.byod_only.test(i));
    r.applicable.set_if(i, by_facts && !a.na_plane().test(i));
  }
  r.explicit_na = a.na_plane();
  r.implemented = r.applicable & a.yes_plane();
  r.unanswered = r.applicable & ~(a.yes_plane() | a.no_plane());
  r.unanswered_count = r.unanswered.count();
  r.provisional = r.unanswered_count != 0;
  const auto unmet = r.applicable & ~r.implemented;
  r.unmet_basic = unmet & tables.basic;
  r.unmet_recommended = unmet & ~tables.basic;

  std::array<bool, G> basic_unmet{};
  for (std::size_t i = 0; i < res::item_count; ++i) {
    const std::size_t g = tables.item_group[i];
    const auto role_index = static_cast<std::size_t>(tables.item_role[i]);
    const bool applicable = r.applicable.test(i);
    const bool implemented = r.implemented.test(i);
    r.by_role_group[role_index][g].add(applicable, implemented);
    r.by_group[g].add(applicable, implemented);
    r.by_role[role_index].add(applicable, implemented);
    basic_unmet[g] = basic_unmet[g] || r.unmet_basic.test(i);
  }
  auto overall = self_check_level::recommended;
  for (std::size_t g = 0; g < G; ++g) {
    if (basic_unmet[g]) {
      r.group_level[g] = self_check_level::basic_unmet;
    } else {
      r.group_level[g] =
          r.by_group[g].complete() ? self_check_level::recommended : self_check_level::basic;
    }
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

}  // namespace teleworksec
