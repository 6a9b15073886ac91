#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

// The seam between catalogs and engines. Every catalog tag has the same
// members — `id`, `kind`, `default_rules`, `item_count` (the answerable
// items: questions, items, statements or measures) and `facts` — and its kind
// chooses, through kind_traits, the assessment it takes, the result it gives,
// its engine and its rule tables. Generic code (evaluate, fingerprint, IDs, the
// JSON layer, the CLI) asks the traits instead of testing the kind.

namespace teleworksec {

/// Which engine rates a catalog; every catalog tag names its kind.
enum class catalog_kind : std::uint8_t {
  certification,  ///< checklist + certification program: audit, diagnosis, stars (SPEC §4)
  self_check,     ///< items by role and threat group, the weakest group's level (SPEC §5)
  policy,         ///< SHALL/SHOULD/MAY statements, conformance and a plan (SPEC §5)
  risk,           ///< measures and the risks they leave (SPEC §5)
};

/// What a kind is made of; specialised by each kind's `<kind>_rating.hpp`:
/// `assessment<C>`, `result<C>`, `tabulate<Rules>()` (the rules' decisions
/// as a table), `make_tables<C, Rules>()` (the engine's text-free tables) and
/// `hash_content<C>(h)` (the catalog's data, for the fingerprint). The
/// engines themselves are the evaluate() overloads of evaluate.hpp.
template <catalog_kind K>
struct kind_traits;

/// A catalog tag: an empty type naming a catalog to the engine and the tools.
template <class C>
concept catalog = requires {
  { C::id } -> std::convertible_to<std::string_view>;
  { C::kind } -> std::convertible_to<catalog_kind>;
  { C::item_count } -> std::convertible_to<std::size_t>;
  C::facts.size();
  typename C::default_rules;
};

/// A catalog tag of the given kind.
template <class C, catalog_kind K>
concept catalog_of_kind = catalog<C> && C::kind == K;

/// The facts a catalog's facility may state (none for some catalogs).
template <catalog C>
constexpr const auto& facts_of(C) noexcept {
  return C::facts;
}

/// Names the catalog's own default_rules, e.g. as evaluate<catalog_rules>(…),
/// which is what evaluate(…) means.
struct catalog_rules {};

/// The rule set `Rules` stands for when rating catalog `C`.
template <class Rules, class C>
using rules_for_t =
    std::conditional_t<std::is_same_v<Rules, catalog_rules>, typename C::default_rules, Rules>;

/// The assessment a catalog takes.
template <catalog C>
using assessment_t = typename kind_traits<C::kind>::template assessment<C>;

/// The result evaluate() gives for a catalog.
template <catalog C>
using result_t = typename kind_traits<C::kind>::template result<C>;

/// The decisions of a rule set of kind K, tabulated at compile time over
/// every input they can see: engines read these tables instead of calling the
/// rules, and the fingerprint hashes them, so any tailored rule changes the
/// fingerprint even when its author forgets to change `version`.
template <catalog_kind K, class Rules>
inline constexpr auto rule_tables_v = kind_traits<K>::template tabulate<Rules>();

/// The text-free tables the engine of `C` reads under `Rules`, computed once
/// at compile time; they hold the rules' tabulated decisions.
template <catalog C, class Rules = typename C::default_rules>
inline constexpr auto engine_tables_v =
    kind_traits<C::kind>::template make_tables<C, Rules>();

}  // namespace teleworksec
