#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/answer_summary.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/names.hpp"
#include "teleworksec/validate.hpp"
#include "teleworksec/policy.hpp"
#include "teleworksec/tally.hpp"

// Rating of a policy catalog (csaj-home-2018, SPEC §5, source 003 §4.5 and
// §11.2.2): a decision per statement — implemented, planned with a deadline,
// or not needed (tailored out with a justification) — and its impact on
// confidentiality, integrity, availability and non-repudiation. Conformant
// when every SHALL is implemented or tailored out; the plan lists the open
// statements by impact, then deadline.

namespace teleworksec {

/// 対策項目の実施判定: 実施済み / する (with a deadline) / 不要.
enum class decision : std::uint8_t { undecided, implemented, planned, not_needed };

/// The names of the decisions.
template <>
struct enum_names<decision> {
  static constexpr std::array<enum_name<decision>, 4> table{{
      {decision::implemented, "implemented", "implemented", "実施済み"},
      {decision::planned, "planned", "planned", "実施予定"},
      {decision::not_needed, "not_needed", "not needed (tailored out)", "不要（適用除外）"},
      {decision::undecided, "undecided", "undecided", "未判定", false},
  }};
};

/// The four aspects 003 §11.2.2 rates an open statement's risk by.
enum class aspect : std::uint8_t { confidentiality, integrity, availability, non_repudiation };
inline constexpr std::size_t aspect_count = 4;

/// The names of the aspects.
template <>
struct enum_names<aspect> {
  static constexpr std::array<enum_name<aspect>, 4> table{{
      {aspect::confidentiality, "confidentiality", "confidentiality", "機密性"},
      {aspect::integrity, "integrity", "integrity", "完全性"},
      {aspect::availability, "availability", "availability", "可用性"},
      {aspect::non_repudiation, "non_repudiation", "non-repudiation", "否認防止"},
  }};
};

/// Impact on one aspect, in 003's words: 軽微, 重大, 極めて重大.
enum class impact : std::uint8_t { unrated, minor, serious, critical };

/// The names of the impacts.
template <>
struct enum_names<impact> {
  static constexpr std::array<enum_name<impact>, 4> table{{
      {impact::minor, "minor", "minor", "軽微"},
      {impact::serious, "serious", "serious", "重大"},
      {impact::critical, "critical", "critical", "極めて重大"},
      {impact::unrated, "unrated", "unrated", "未評価", false},
  }};
};

/// A calendar day as the number yyyymmdd (20261126), so that days compare as
/// numbers; 0 is "no day".
using calendar_day = std::uint32_t;

/// The default rules for policy catalogs. To tailor one, derive, hide the
/// function and pass the struct as evaluate<YourRules>(…) (003 §4.5 invites
/// tailoring); the engine reads the rules only through their tables.
struct policy_rules {
  static constexpr std::string_view version = "policy/1";

  /// Whether conformance requires statements of this level implemented or
  /// tailored out: SHALL only.
  static constexpr bool required(obligation o) noexcept { return o == obligation::shall; }

  /// How a statement ranks in the plan by the highest impact rated on it. An
  /// unrated statement ranks as critical, so leaving impacts out never pushes
  /// a statement down.
  static constexpr impact rank(impact highest) noexcept {
    return highest == impact::unrated ? impact::critical : highest;
  }
};

/// What the policy engine asks of a rule set.
template <class R>
concept policy_rules_for = requires(obligation o, impact i) {
  { R::version } -> std::convertible_to<std::string_view>;
  { R::required(o) } -> std::same_as<bool>;
  { R::rank(i) } -> std::same_as<impact>;
};

/// The decisions of a policy rule set as tables (see rule_tables_v).
struct policy_rule_tables {
  std::array<bool, obligation_count> required{};
  std::array<impact, 4> rank{};  ///< by the highest impact rated

  /// Feeds the tables to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (bool b : required) h.number(b ? 1U : 0U);
    for (auto i : rank) h.number(static_cast<std::uint8_t>(i));
  }
};

/// The decisions, deadlines and impacts of one company for a policy catalog.
template <catalog_of_kind<catalog_kind::policy> Catalog>
class policy_assessment {
 public:
  using catalog_type = Catalog;
  static constexpr std::size_t statement_count = Catalog::catalog.statement_count;

  /// The day of the evaluation; planned deadlines before it are overdue.
  calendar_day evaluated_on = 0;

  /// Decides statement n; `deadline` is meaningful for planned statements.
  constexpr void decide(std::size_t n, decision d, calendar_day deadline = 0) noexcept {
    TELEWORKSEC_ASSERT(n < statement_count);
    decisions_[n] = d;
    deadlines_[n] = d == decision::planned ? deadline : 0;
  }
  constexpr void decide_all(decision d, calendar_day deadline = 0) noexcept {
    for (std::size_t n = 0; n < statement_count; ++n) decide(n, d, deadline);
  }
  [[nodiscard]] constexpr decision decision_at(std::size_t n) const noexcept {
    return decisions_[n];
  }
  [[nodiscard]] constexpr calendar_day deadline(std::size_t n) const noexcept {
    return deadlines_[n];
  }
  constexpr void rate_impact(std::size_t n, aspect a, impact i) noexcept {
    TELEWORKSEC_ASSERT(n < statement_count);
    impacts_[n][static_cast<std::size_t>(a)] = i;
  }
  [[nodiscard]] constexpr impact impact_on(std::size_t n, aspect a) const noexcept {
    return impacts_[n][static_cast<std::size_t>(a)];
  }

  friend constexpr bool operator==(const policy_assessment&,
                                   const policy_assessment&) noexcept = default;

 private:
  std::array<decision, statement_count> decisions_{};
  std::array<calendar_day, statement_count> deadlines_{};
  std::array<std::array<impact, aspect_count>, statement_count> impacts_{};
};

/// What evaluate() derives from a policy assessment. Its answer summary is
/// over the statements: applicable = not tailored out, explicit_na = tailored
/// out (not needed), unanswered = undecided.
template <catalog_of_kind<catalog_kind::policy> Catalog>
struct policy_result : answer_summary<Catalog::catalog.statement_count> {
  static constexpr std::size_t statement_count = Catalog::catalog.statement_count;
  static constexpr std::size_t group_count = Catalog::catalog.group_count;
  using statement_set = detail::bits<statement_count>;

  std::uint64_t fingerprint = 0;
  calendar_day evaluated_on = 0;
  statement_set implemented{};
  statement_set planned{};
  statement_set overdue{};    ///< planned with a deadline before the evaluation day
  statement_set open{};       ///< planned or undecided
  statement_set nonconforming{};  ///< open statements of a required level (SHALL)
  bool conformant = false;
  /// Per group and level: implemented / applicable (applicable = not tailored out).
  std::array<std::array<tally, obligation_count>, group_count> by_group{};
  std::array<tally, obligation_count> by_level{};
  /// The highest impact over the four aspects, as ranked by the rules.
  std::array<impact, statement_count> priority{};
  /// The open statements in plan order: impact, deadline, level, source order.
  std::array<std::uint16_t, statement_count> plan{};
  std::size_t plan_size = 0;

  friend constexpr bool operator==(const policy_result&, const policy_result&) noexcept = default;
};

namespace detail {

// The text-free tables the engine reads.
template <class Catalog, class Rules>
struct policy_tables {
  using res = policy_result<Catalog>;
  policy_rule_tables rules{};
  std::array<std::uint8_t, res::statement_count> group{};
  std::array<obligation, res::statement_count> level{};
  typename res::statement_set required{};  ///< statements of a level conformance requires
};

template <class Catalog, class Rules>
constexpr policy_tables<Catalog, Rules> make_policy_tables() noexcept {
  const auto& c = Catalog::catalog;
  policy_tables<Catalog, Rules> t{};
  t.rules = rule_tables_v<catalog_kind::policy, Rules>;
  for (std::size_t n = 0; n < c.statements.size(); ++n) {
    t.group[n] = static_cast<std::uint8_t>(c.sections[c.statements[n].section].group - 1);
    t.level[n] = c.statements[n].level;
    t.required.set(n, t.rules.required[static_cast<std::size_t>(t.level[n])]);
  }
  return t;
}

}  // namespace detail

/// The tag of a policy catalog, validated at compile time: a catalog header
/// writes `struct my_catalog_t : policy_tag<my_catalog_data> {};`.
template <const auto& Data, class Rules = policy_rules>
struct policy_tag {
  static_assert(validate_policy<Data>());
  static constexpr std::string_view id = Data.id;
  static constexpr catalog_kind kind = catalog_kind::policy;
  using default_rules = Rules;
  static constexpr const auto& catalog = Data;  ///< the tables, texts included
  static constexpr std::size_t item_count = Data.statement_count;
  static constexpr const auto& facts = detail::no_facts;
};

/// The policy kind: csaj-home-2018 and catalogs like it.
template <>
struct kind_traits<catalog_kind::policy> {
  template <class C>
  using assessment = policy_assessment<C>;
  template <class C>
  using result = policy_result<C>;
  template <class Rules>
  static constexpr policy_rule_tables tabulate() noexcept {
    static_assert(policy_rules_for<Rules>, "not a policy rule set");
    policy_rule_tables t{};
    for (std::size_t o = 0; o < obligation_count; ++o) {
      t.required[o] = Rules::required(static_cast<obligation>(o));
    }
    for (std::size_t i = 0; i < t.rank.size(); ++i) t.rank[i] = Rules::rank(static_cast<impact>(i));
    return t;
  }
  template <class C, class Rules>
  static constexpr auto make_tables() noexcept {
    return detail::make_policy_tables<C, Rules>();
  }
  template <class C>
  static constexpr void hash_content(detail::fnv1a& h) noexcept {
    C::catalog.hash_into(h);
  }
};

namespace detail {

// The engine; evaluate() is its public face.
template <class Rules, class Catalog>
[[nodiscard]] constexpr policy_result<Catalog> rate_policy(
    const policy_assessment<Catalog>& a) noexcept {
  using res = policy_result<Catalog>;
  constexpr std::size_t N = res::statement_count;
  constexpr const auto& tables = engine_tables_v<Catalog, Rules>;
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  r.evaluated_on = a.evaluated_on;
  typename res::statement_set undecided{};
  for (std::size_t n = 0; n < N; ++n) {
    const decision d = a.decision_at(n);
    r.implemented.set_if(n, d == decision::implemented);
    r.planned.set_if(n, d == decision::planned);
    r.explicit_na.set_if(n, d == decision::not_needed);
    undecided.set_if(n, d == decision::undecided);
    r.overdue.set_if(n, d == decision::planned && a.deadline(n) < a.evaluated_on);
    const auto level = static_cast<std::size_t>(tables.level[n]);
    const bool applicable = d != decision::not_needed;
    const bool implemented = d == decision::implemented;
    r.by_group[tables.group[n]][level].add(applicable, implemented);
    r.by_level[level].add(applicable, implemented);
    impact top = impact::unrated;
    for (std::size_t k = 0; k < aspect_count; ++k) {
      const impact i = a.impact_on(n, static_cast<aspect>(k));
      if (i > top) top = i;
    }
    r.priority[n] = tables.rules.rank[static_cast<std::size_t>(top)];
  }
  r.applicable = ~r.explicit_na;
  r.unanswered = undecided;
  r.unanswered_count = undecided.count();
  r.provisional = r.unanswered_count != 0;
  r.open = r.planned | undecided;
  r.nonconforming = r.open & tables.required;
  r.conformant = r.nonconforming.none();

  // The plan: insertion sort of the open statements (a few dozen at most).
  // An undecided statement has no deadline and follows every dated one.
  const auto before = [&](std::size_t x, std::size_t y) {
    if (r.priority[x] != r.priority[y]) return r.priority[x] > r.priority[y];
    const calendar_day dx = a.deadline(x) == 0 ? ~calendar_day{0} : a.deadline(x);
    const calendar_day dy = a.deadline(y) == 0 ? ~calendar_day{0} : a.deadline(y);
    if (dx != dy) return dx < dy;
    if (tables.level[x] != tables.level[y]) return tables.level[x] < tables.level[y];
    return x < y;
  };
  r.open.for_each([&](std::size_t n) {
    std::size_t at = r.plan_size++;
    while (at > 0 && before(n, r.plan[at - 1])) {
      r.plan[at] = r.plan[at - 1];
      --at;
    }
    r.plan[at] = static_cast<std::uint16_t>(n);
  });
  return r;
}

}  // namespace detail

}  // namespace teleworksec
