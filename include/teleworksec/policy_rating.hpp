#pragma once

#include <array>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "teleworksec/answer_summary.hpp"
#include "teleworksec/calendar.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/names.hpp"
#include "teleworksec/policy.hpp"
#include "teleworksec/tally.hpp"
#include "teleworksec/validate.hpp"

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

/// The default rules for policy catalogs. To tailor one, derive, hide the
/// function and pass the struct as evaluate<YourRules>(…) (003 §4.5 invites
/// tailoring); the engine reads the rules only through their tables.
struct policy_rules {
  static constexpr std::string_view version = "policy/2";

  /// Whether conformance requires statements of this level implemented or
  /// tailored out: SHALL only.
  static constexpr bool required(obligation o) noexcept { return o == obligation::shall; }

  /// How an aspect's impact ranks in the plan; a statement ranks by its
  /// highest-ranked aspect. An aspect not rated ranks as critical, so rating an
  /// aspect never pushes a statement below one left unrated (policy/1 ranked
  /// by the highest rated aspect: one aspect rated minor put a statement below
  /// an unrated one).
  static constexpr impact rank(impact aspect_impact) noexcept {
    return aspect_impact == impact::unrated ? impact::critical : aspect_impact;
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
  std::array<impact, 4> rank{};  ///< by an aspect's impact

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
  /// Every statement's decision.
  [[nodiscard]] constexpr const std::array<decision, statement_count>& decisions() const noexcept {
    return decisions_;
  }
  [[nodiscard]] constexpr calendar_day deadline(std::size_t n) const noexcept {
    return deadlines_[n];
  }
  /// Every statement's deadline (0 when it has none).
  [[nodiscard]] constexpr const std::array<calendar_day, statement_count>& deadlines()
      const noexcept {
    return deadlines_;
  }
  constexpr void rate_impact(std::size_t n, aspect a, impact i) noexcept {
    TELEWORKSEC_ASSERT(n < statement_count);
    impacts_[n][static_cast<std::size_t>(a)] = i;
  }
  [[nodiscard]] constexpr impact impact_on(std::size_t n, aspect a) const noexcept {
    return impacts_[n][static_cast<std::size_t>(a)];
  }
  /// The impacts of statements n and n+1 (none past the last) as one
  /// little-endian word, four bytes each: what the engine reads.
  [[nodiscard]] constexpr std::uint64_t impacts_pair(std::size_t n) const noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little &&
        n + 1 < statement_count) {
      static_assert(sizeof(impacts_) == statement_count * aspect_count, "rows without padding");
      std::uint64_t two = 0;
      std::memcpy(&two, reinterpret_cast<const unsigned char*>(impacts_.data()) + aspect_count * n,
                  8);
      return two;
    }
    const auto word = [&](std::size_t k) -> std::uint64_t {
      return k < statement_count ? std::bit_cast<std::uint32_t>(impacts_[k]) : 0U;
    };
    return word(n) | (word(n + 1) << 32);
  }
  /// The impacts rated on statement n, one per aspect.
  [[nodiscard]] constexpr const std::array<impact, aspect_count>& impacts_of(
      std::size_t n) const noexcept {
    return impacts_[n];
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
  statement_set overdue{};        ///< planned with a deadline before the evaluation day
  statement_set open{};           ///< planned or undecided
  statement_set nonconforming{};  ///< open statements of a required level (SHALL)
  bool conformant = false;
  /// Per group and level: implemented / applicable (applicable = not tailored out).
  std::array<std::array<tally, obligation_count>, group_count> by_group{};
  std::array<tally, obligation_count> by_level{};
  /// The highest of the four aspects' impacts as the rules rank them.
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
  /// The statements of each level: listed level by level, a set gives the
  /// plan's last two keys (level, then source order).
  std::array<typename res::statement_set, obligation_count> of_level{};
  /// The highest rank of four impacts packed two bits each (in any order:
  /// the highest does not depend on it).
  std::array<impact, 256> rank_of_packed{};
  /// The statements of one group and level within one word of a bit set
  /// (only those with a statement): a tally is the count of their bits in the
  /// applicable or the implemented plane.
  struct tally_mask {
    std::uint8_t group = 0;
    std::uint8_t level = 0;
    std::uint8_t word = 0;
    std::uint64_t bits = 0;
  };
  std::array<tally_mask, res::group_count * obligation_count * res::statement_set::word_count>
      tally_masks{};
  std::size_t tally_mask_count = 0;
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
  constexpr std::size_t G = policy_result<Catalog>::group_count;
  for (std::size_t n = 0; n < c.statements.size(); ++n) {
    t.of_level[static_cast<std::size_t>(t.level[n])].set(n);
  }
  for (std::size_t packed = 0; packed < t.rank_of_packed.size(); ++packed) {
    impact top = impact::unrated;
    for (std::size_t k = 0; k < aspect_count; ++k) {
      const impact i = t.rules.rank[(packed >> (2 * k)) & 3U];
      top = i > top ? i : top;
    }
    t.rank_of_packed[packed] = top;
  }
  for (std::size_t g = 0; g < G; ++g) {
    for (std::size_t l = 0; l < obligation_count; ++l) {
      for (std::size_t w = 0; w < policy_result<Catalog>::statement_set::word_count; ++w) {
        std::uint64_t bits = 0;
        for (std::size_t n = 64 * w; n < c.statements.size() && n < 64 * (w + 1); ++n) {
          if (t.group[n] == g && static_cast<std::size_t>(t.level[n]) == l) {
            bits |= std::uint64_t{1} << (n % 64);
          }
        }
        if (bits != 0) {
          t.tally_masks[t.tally_mask_count++] = {static_cast<std::uint8_t>(g),
                                                 static_cast<std::uint8_t>(l),
                                                 static_cast<std::uint8_t>(w), bits};
        }
      }
    }
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

// Writes items[0, size) — statements in level-then-source order — to `out`
// in deadline order, stably: an LSD radix sort over the bytes of each
// deadline's distance from the earliest (`lo`). A pass's 256 counters are
// bytes (N < 256), and only those up to the pass's largest digit are cleared
// and summed, eight at a time, so that deadlines within 256 days take one
// pass over a few words of counters. Passes alternate between `out` and
// `spare` so that the last one writes `out`.
template <std::size_t N>
constexpr void sort_by_deadline(const std::uint16_t* items, std::size_t size, calendar_day lo,
                                calendar_day hi, const std::array<calendar_day, N>& deadline_of,
                                std::uint16_t* out, std::uint16_t* spare) noexcept {
  // Only the counters a pass uses are cleared, below: clearing all 256 would
  // cost more than a short sort.
  std::array<std::uint8_t, 256> position;  // NOLINT(cppcoreguidelines-pro-type-member-init)
  const calendar_day span = hi - lo;
  const std::size_t passes =
      span < 256 ? 1 : (static_cast<std::size_t>(std::bit_width(span)) + 7) / 8;
  const std::uint16_t* from = items;
  for (std::size_t pass = 0; pass < passes; ++pass) {
    const std::size_t shift = 8 * pass;
    std::uint16_t* to = (passes - 1 - pass) % 2 == 0 ? out : spare;
    const std::size_t words = ((span >> shift) > 255 ? 256 : (span >> shift) + 1 + 7) / 8;
    for (std::size_t w = 0; w < words; ++w) store_bytes8(position, 8 * w, 0);
    for (std::size_t i = 0; i < size; ++i) {
      ++position[((deadline_of[from[i]] - lo) >> shift) & 0xFFU];
    }
    // Counts to exclusive prefix sums: times 0x0101… sums each byte with the
    // ones below it; shifted up a byte, the sum excludes the byte itself.
    std::uint64_t before = 0;
    for (std::size_t w = 0; w < words; ++w) {
      const std::uint64_t sums = load_bytes8(position, 8 * w) * 0x0101010101010101ULL;
      store_bytes8(position, 8 * w, (sums << 8) + before * 0x0101010101010101ULL);
      before += sums >> 56;
    }
    for (std::size_t i = 0; i < size; ++i) {
      const std::uint16_t n = from[i];
      to[position[((deadline_of[n] - lo) >> shift) & 0xFFU]++] = n;
    }
    from = to;
  }
}

// The plan: the open statements ordered by priority (highest first), then
// deadline (none last), then level, then source order. No comparison sort:
// priority by priority (those without open statements skipped), the dated
// statements are listed level by level from bit sets (so in
// level-then-source order, the last two keys) and put in deadline order
// (sort_by_deadline), then the undated ones follow, listed the same way.
template <std::size_t N, class Tables>
constexpr std::size_t order_plan(std::array<std::uint16_t, N>& plan,
                                 const detail::bits<N>& dated_set,
                                 const detail::bits<N>& undated_set,
                                 const std::array<detail::bits<N>, 4>& of_priority,
                                 const std::array<calendar_day, N>& deadline_of,
                                 const Tables& tables) noexcept {
  std::array<std::uint16_t, N> listed;  // written before it is read
  std::array<std::uint16_t, N> spare;   // sort_by_deadline's scratch
  const auto open = dated_set | undated_set;
  std::size_t size = 0;
  for (std::size_t p = of_priority.size(); p-- > 0;) {
    if ((of_priority[p] & open).none()) continue;
    const auto dated = dated_set & of_priority[p];
    std::size_t count = 0;
    calendar_day lo = ~calendar_day{0};
    calendar_day hi = 0;
    for (const auto& level : tables.of_level) {
      (dated & level).for_each([&](std::size_t n) {
        const calendar_day d = deadline_of[n];
        listed[count++] = static_cast<std::uint16_t>(n);
        lo = d < lo ? d : lo;
        hi = d > hi ? d : hi;
      });
    }
    if (count != 0) {
      sort_by_deadline(listed.data(), count, lo, hi, deadline_of, plan.data() + size, spare.data());
    }
    size += count;
    const auto undated = undated_set & of_priority[p];
    for (const auto& level : tables.of_level) {
      (undated & level).for_each([&](std::size_t n) {
        plan[size++] = static_cast<std::uint16_t>(n);
      });
    }
  }
  return size;
}

// The engine; evaluate() is its public face.
template <class Rules, class Catalog>
[[nodiscard]] constexpr policy_result<Catalog> rate_policy(
    const policy_assessment<Catalog>& a) noexcept {
  using res = policy_result<Catalog>;
  using set = typename res::statement_set;
  constexpr std::size_t N = res::statement_count;
  constexpr const auto& tables = engine_tables_v<Catalog, Rules>;
  static_assert(obligation_count <= 4, "a byte counter per level in half a word");
  static_assert(N < 256, "plan positions are counted in bytes");
  static_assert(static_cast<unsigned>(decision::undecided) == 0 &&
                static_cast<unsigned>(decision::implemented) == 1 &&
                static_cast<unsigned>(decision::planned) == 2 &&
                static_cast<unsigned>(decision::not_needed) == 3);
  res r{};
  r.fingerprint = fingerprint_v<Catalog, Rules>;
  r.evaluated_on = a.evaluated_on;

  // The two bits of each decision code as bit planes, gathered from eight
  // decision bytes at a time.
  set code_low{};
  set code_high{};
  for (std::size_t w = 0; w < set::word_count; ++w) {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    const std::size_t end = N < 64 * (w + 1) ? N : 64 * (w + 1);
    for (std::size_t n = 64 * w; n < end; n += 8) {
      const std::uint64_t codes = load_bytes8(a.decisions(), n);
      low |= gather_byte_lows(codes) << (n % 64);
      high |= gather_byte_lows(codes >> 1) << (n % 64);
    }
    code_low.set_word(w, low);
    code_high.set_word(w, high);
  }
  const auto undecided = ~(code_low | code_high);
  r.implemented = code_low & ~code_high;
  r.planned = code_high & ~code_low;
  r.explicit_na = code_low & code_high;
  // Only planned statements keep a deadline (decide()). One before the
  // evaluation day is overdue; 0 (none) and the last day sort as undated.
  // (Both sets are built in registers, a word at a time.)
  set has_day{};
  for (std::size_t w = 0; w < set::word_count; ++w) {
    std::uint64_t early = 0;
    std::uint64_t day = 0;
    for (std::uint64_t left = r.planned.word(w); left != 0; left &= left - 1) {
      const auto at = static_cast<std::size_t>(std::countr_zero(left));
      const calendar_day deadline = a.deadline(64 * w + at);
      early |= std::uint64_t{deadline < a.evaluated_on} << at;
      day |= std::uint64_t{calendar_day(deadline - 1) < ~calendar_day{0} - 1} << at;
    }
    r.overdue.set_word(w, early);
    has_day.set_word(w, day);
  }
  r.applicable = ~r.explicit_na;
  r.unanswered = undecided;
  r.unanswered_count = undecided.count();
  r.provisional = r.unanswered_count != 0;
  r.open = r.planned | undecided;
  r.nonconforming = r.open & tables.required;
  r.conformant = r.nonconforming.none();

  // Tallies: per group and level, the bits of its statements counted in
  // the applicable and implemented planes (a few words per catalog, not a
  // step per statement).
  for (std::size_t k = 0; k < tables.tally_mask_count; ++k) {
    const auto& m = tables.tally_masks[k];
    auto& t = r.by_group[m.group][m.level];
    t.applicable =
        static_cast<std::uint8_t>(t.applicable + popcount64(r.applicable.word(m.word) & m.bits));
    t.implemented =
        static_cast<std::uint8_t>(t.implemented + popcount64(r.implemented.word(m.word) & m.bits));
  }
  for (const auto& group : r.by_group) {
    for (std::size_t l = 0; l < obligation_count; ++l) {
      r.by_level[l].applicable =
          static_cast<std::uint8_t>(r.by_level[l].applicable + group[l].applicable);
      r.by_level[l].implemented =
          static_cast<std::uint8_t>(r.by_level[l].implemented + group[l].implemented);
    }
  }

  // Priorities, eight statements at a time: each the highest rank over the
  // four aspects (one table lookup of the four impacts packed two bits
  // each), gathered in a register that is stored at once and whose bytes'
  // two low bits, gathered as two planes, give the statements of each
  // priority as bit sets. Reloading the bytes just stored would stall.
  static_assert(aspect_count == 4 && static_cast<unsigned>(impact::critical) == 3);
  std::array<set, 4> of_priority{};
  for (std::size_t w = 0; w < set::word_count; ++w) {
    std::uint64_t low_plane = 0;   // bit n: the low bit of statement n's priority
    std::uint64_t high_plane = 0;  // and its high bit
    const std::size_t end = N < 64 * (w + 1) ? N : 64 * (w + 1);
    for (std::size_t n = 64 * w; n < end; n += 8) {
      std::uint64_t v = 0;
      // Two statements' impacts per 64-bit word, a byte each (below 4): one
      // multiply by 1 + 2^6 + 2^12 + 2^18 packs each statement's four into
      // the byte at bit 18 and bit 50 (every other product term lands
      // elsewhere, without carries; tested for all 65,536 pairs).
      for (std::size_t k = 0; k < 8 && n + k < N; k += 2) {
        const std::uint64_t packed = a.impacts_pair(n + k) * 0x41041ULL;
        const auto first = tables.rank_of_packed[(packed >> 18) & 0xFFU];
        const auto second = tables.rank_of_packed[(packed >> 50) & 0xFFU];
        v |= (std::uint64_t{static_cast<std::uint8_t>(first)} |
              std::uint64_t{static_cast<std::uint8_t>(second)} << 8)
             << (8 * k);
      }
      store_bytes8(r.priority, n, v);
      low_plane |= gather_byte_lows(v) << (n % 64);
      high_plane |= gather_byte_lows(v >> 1) << (n % 64);
    }
    of_priority[0].set_word(w, ~low_plane & ~high_plane);
    of_priority[1].set_word(w, low_plane & ~high_plane);
    of_priority[2].set_word(w, ~low_plane & high_plane);
    of_priority[3].set_word(w, low_plane & high_plane);
  }

  const auto dated = r.planned & has_day;
  r.plan_size = order_plan(r.plan, dated, r.open & ~dated, of_priority, a.deadlines(), tables);
  return r;
}

}  // namespace detail

}  // namespace teleworksec
