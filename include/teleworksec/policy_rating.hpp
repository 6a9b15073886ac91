#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/fingerprint.hpp"
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

/// The file-format name of a decision.
constexpr std::string_view to_string(decision d) noexcept {
  switch (d) {
    case decision::implemented: return "implemented";
    case decision::planned: return "planned";
    case decision::not_needed: return "not_needed";
    case decision::undecided: break;
  }
  return "undecided";
}

/// The four aspects 003 §11.2.2 rates an open statement's risk by.
enum class aspect : std::uint8_t { confidentiality, integrity, availability, non_repudiation };
inline constexpr std::size_t aspect_count = 4;

/// The file-format name of an aspect.
constexpr std::string_view to_string(aspect a) noexcept {
  switch (a) {
    case aspect::confidentiality: return "confidentiality";
    case aspect::integrity: return "integrity";
    case aspect::availability: return "availability";
    case aspect::non_repudiation: break;
  }
  return "non_repudiation";
}

/// Impact on one aspect, in 003's words: 軽微, 重大, 極めて重大.
enum class impact : std::uint8_t { unrated, minor, serious, critical };

/// The file-format name of an impact.
constexpr std::string_view to_string(impact i) noexcept {
  switch (i) {
    case impact::minor: return "minor";
    case impact::serious: return "serious";
    case impact::critical: return "critical";
    case impact::unrated: break;
  }
  return "unrated";
}

/// A calendar day as the number yyyymmdd (20261126), so that days compare as
/// numbers; 0 is "no day".
using calendar_day = std::uint32_t;

/// The default rules for policy catalogs.
struct policy_rules {
  static constexpr std::string_view version = "policy/1";
  /// Levels that conformance requires implemented or tailored out: SHALL only.
  static constexpr std::array<bool, obligation_count> required{true, false, false};
  /// A statement whose impact was not rated ranks as critical in the plan, so
  /// leaving impacts out never pushes a statement down.
  static constexpr impact unrated_ranks_as = impact::critical;
  static constexpr std::array<std::uint8_t, 4> parameters{
      required[0] ? 1 : 0, required[1] ? 1 : 0, required[2] ? 1 : 0,
      static_cast<std::uint8_t>(unrated_ranks_as)};
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

/// What evaluate() derives from a policy assessment.
template <catalog_of_kind<catalog_kind::policy> Catalog>
struct policy_result {
  static constexpr std::size_t statement_count = Catalog::catalog.statement_count;
  static constexpr std::size_t group_count = Catalog::catalog.group_count;
  using statement_set = detail::bits<statement_count>;

  std::uint64_t fingerprint = 0;
  calendar_day evaluated_on = 0;
  statement_set implemented{};
  statement_set planned{};
  statement_set tailored{};   ///< not needed: tailored out with a justification
  statement_set undecided{};
  statement_set overdue{};    ///< planned with a deadline before the evaluation day
  statement_set open{};       ///< planned or undecided
  statement_set nonconforming{};  ///< open statements of a required level (SHALL)
  std::size_t undecided_count = 0;
  /// True when some statement is undecided.
  bool provisional = false;
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
template <class Catalog>
struct policy_tables {
  using res = policy_result<Catalog>;
  std::array<std::uint8_t, res::statement_count> group{};
  std::array<obligation, res::statement_count> level{};
};

template <class Catalog>
constexpr policy_tables<Catalog> make_policy_tables() noexcept {
  const auto& c = Catalog::catalog;
  policy_tables<Catalog> t{};
  for (std::size_t n = 0; n < c.statements.size(); ++n) {
    t.group[n] = static_cast<std::uint8_t>(c.sections[c.statements[n].section].group - 1);
    t.level[n] = c.statements[n].level;
  }
  return t;
}

template <class Catalog>
inline constexpr policy_tables<Catalog> policy_tables_of = make_policy_tables<Catalog>();

}  // namespace detail

/// Rates a policy assessment (SPEC §5). constexpr, noexcept, no allocation.
template <class Rules = policy_rules, catalog_of_kind<catalog_kind::policy> Catalog>
[[nodiscard]] constexpr policy_result<Catalog> evaluate(
    Catalog /*catalog*/, const policy_assessment<Catalog>& a) noexcept {
  using res = policy_result<Catalog>;
  constexpr std::size_t N = res::statement_count;
  constexpr const auto& tables = detail::policy_tables_of<Catalog>;
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  r.evaluated_on = a.evaluated_on;
  for (std::size_t n = 0; n < N; ++n) {
    const decision d = a.decision_at(n);
    r.implemented.set_if(n, d == decision::implemented);
    r.planned.set_if(n, d == decision::planned);
    r.tailored.set_if(n, d == decision::not_needed);
    r.undecided.set_if(n, d == decision::undecided);
    r.overdue.set_if(n, d == decision::planned && a.deadline(n) < a.evaluated_on);
    const auto level = static_cast<std::size_t>(tables.level[n]);
    r.nonconforming.set_if(
        n, Rules::required[level] && (d == decision::planned || d == decision::undecided));
    const bool applicable = d != decision::not_needed;
    const bool implemented = d == decision::implemented;
    r.by_group[tables.group[n]][level].add(applicable, implemented);
    r.by_level[level].add(applicable, implemented);
    impact top = impact::unrated;
    for (std::size_t k = 0; k < aspect_count; ++k) {
      const impact i = a.impact_on(n, static_cast<aspect>(k));
      if (i > top) top = i;
    }
    r.priority[n] = top == impact::unrated ? Rules::unrated_ranks_as : top;
  }
  r.open = r.planned | r.undecided;
  r.undecided_count = r.undecided.count();
  r.provisional = r.undecided_count != 0;
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

}  // namespace teleworksec
