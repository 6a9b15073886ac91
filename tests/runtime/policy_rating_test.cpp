// Hand-worked cases for policy_rating.hpp with csaj-home-2018 (SPEC §5, 003
// §4.5 and §11.2.2): conformant when every SHALL is implemented or tailored
// out; the plan lists open statements by impact, then deadline; a deadline
// before the evaluation day is overdue. Counts from 003: 86 statements, 65
// SHALL, 17 SHOULD, 4 MAY.

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <string_view>

#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/ids.hpp"

namespace {

namespace tws = teleworksec;
using tws::aspect;
using tws::decision;
using tws::impact;
using tws::catalogs::csaj_home_2018;
using tws::catalogs::csaj_home_2018_t;
using sheet = tws::policy_assessment<csaj_home_2018_t>;

constexpr std::size_t st(std::string_view id) { return *tws::find_answer(csaj_home_2018, id); }

constexpr sheet all_implemented() {
  sheet a;
  a.evaluated_on = 20261126;
  a.decide_all(decision::implemented);
  return a;
}

template <class Rules = tws::policy_rules>
constexpr auto rate(const sheet& a) {
  return tws::evaluate<Rules>(csaj_home_2018, a);
}

// Rules that require SHOULD statements too.
struct should_required : tws::policy_rules {
  static constexpr std::string_view version = "policy/should-required";
  static constexpr bool required(tws::obligation o) noexcept { return o != tws::obligation::may; }
};

// The defaults' version, one decision changed: an aspect left unrated ranks
// as minor, last, instead of as critical.
struct unrated_last : tws::policy_rules {
  static constexpr impact rank(impact aspect_impact) noexcept {
    return aspect_impact == impact::unrated ? impact::minor : aspect_impact;
  }
};

// Rates every aspect of statement n: `top` on `on`, minor on the others, so
// that its priority is `top` (an aspect left unrated would rank as critical).
constexpr void rate_all_aspects(sheet& a, std::size_t n, aspect on, impact top) {
  for (auto k : {aspect::confidentiality, aspect::integrity, aspect::availability,
                 aspect::non_repudiation}) {
    a.rate_impact(n, k, k == on ? top : impact::minor);
  }
}
static_assert(unrated_last::version == tws::policy_rules::version);

}  // namespace

TEST_CASE("csaj: everything implemented is conformant with an empty plan", "[csaj][policy]") {
  constexpr auto r = rate(all_implemented());
  STATIC_REQUIRE(r.conformant);
  STATIC_REQUIRE(r.plan_size == 0);
  STATIC_REQUIRE(!r.provisional);
  STATIC_REQUIRE(r.by_level[0] == tws::tally{65, 65});
  STATIC_REQUIRE(r.by_level[1] == tws::tally{17, 17});
  STATIC_REQUIRE(r.by_level[2] == tws::tally{4, 4});
}

TEST_CASE("csaj: nothing decided is not conformant; the plan puts SHALL first", "[csaj][policy]") {
  constexpr auto r = rate(sheet{});
  STATIC_REQUIRE(!r.conformant);
  STATIC_REQUIRE(r.nonconforming.count() == 65);
  STATIC_REQUIRE(r.unanswered_count == 86);
  STATIC_REQUIRE(r.provisional);
  STATIC_REQUIRE(r.plan_size == 86);
  // Unrated impacts rank alike and no statement has a deadline, so the plan
  // is SHALL, SHOULD, MAY, each in source order: 5.1.1.1 first, the first
  // SHOULD (5.1.5.2) 66th, the first MAY (5.1.2.3) 83rd.
  STATIC_REQUIRE(r.plan[0] == st("5.1.1.1"));
  STATIC_REQUIRE(r.plan[65] == st("5.1.5.2"));
  STATIC_REQUIRE(r.plan[82] == st("5.1.2.3"));
}

TEST_CASE("csaj: a SHALL tailored out keeps conformance; an open SHOULD does too",
          "[csaj][policy]") {
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.decide(st("5.2.2.1"), decision::not_needed);  // SHALL: 無線LANのプロトコル
    a.decide(st("5.1.5.2"), decision::undecided);   // SHOULD
    return rate(a);
  }();
  STATIC_REQUIRE(r.conformant);
  STATIC_REQUIRE(r.explicit_na.count() == 1);
  STATIC_REQUIRE(r.by_level[0] == tws::tally{64, 64});
  STATIC_REQUIRE(r.by_level[1] == tws::tally{16, 17});
  STATIC_REQUIRE(r.plan_size == 1);
  STATIC_REQUIRE(r.plan[0] == st("5.1.5.2"));
  // Under rules that require SHOULD as well, the open SHOULD breaks conformance.
  constexpr auto strict = [] {
    sheet a = all_implemented();
    a.decide(st("5.1.5.2"), decision::undecided);
    return rate<should_required>(a);
  }();
  STATIC_REQUIRE(!strict.conformant);
  STATIC_REQUIRE(strict.fingerprint != r.fingerprint);
}

TEST_CASE("csaj: a deadline before the evaluation day is overdue, the day itself is not",
          "[csaj][policy]") {
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.decide(st("5.1.1.1"), decision::planned, 20261001);  // before 2026-11-26
    a.decide(st("5.1.1.2"), decision::planned, 20261126);  // due today
    a.decide(st("5.1.2.1"), decision::planned, 20261231);
    return rate(a);
  }();
  STATIC_REQUIRE(r.overdue.count() == 1);
  STATIC_REQUIRE(r.overdue.test(st("5.1.1.1")));
  // Planned is not done: three SHALLs keep the policy from conformance.
  STATIC_REQUIRE(!r.conformant);
  STATIC_REQUIRE(r.nonconforming.count() == 3);
  STATIC_REQUIRE(!r.provisional);
  STATIC_REQUIRE(r.plan_size == 3);
  STATIC_REQUIRE(r.plan[0] == st("5.1.1.1"));
  STATIC_REQUIRE(r.plan[2] == st("5.1.2.1"));
}

TEST_CASE("csaj: the plan orders by impact, then deadline", "[csaj][policy]") {
  // A SHALL minor 2027-03-01; B SHOULD serious 2027-01-01; C SHALL critical,
  // undecided; D SHALL serious 2026-12-01 (every aspect rated, the highest
  // named). Expected: C, D, B, A.
  constexpr auto r = [] {
    sheet a = all_implemented();
    const auto A = st("6.1.1.1");
    const auto B = st("6.1.1.3");
    const auto C = st("7.1.5.1");
    const auto D = st("8.1.1.1");
    a.decide(A, decision::planned, 20270301);
    for (auto k : {aspect::confidentiality, aspect::integrity, aspect::availability,
                   aspect::non_repudiation}) {
      a.rate_impact(A, k, impact::minor);
    }
    a.decide(B, decision::planned, 20270101);
    rate_all_aspects(a, B, aspect::integrity, impact::serious);
    a.decide(C, decision::undecided);
    rate_all_aspects(a, C, aspect::availability, impact::critical);
    a.decide(D, decision::planned, 20261201);
    rate_all_aspects(a, D, aspect::non_repudiation, impact::serious);
    return rate(a);
  }();
  STATIC_REQUIRE(r.plan_size == 4);
  STATIC_REQUIRE(r.plan[0] == st("7.1.5.1"));
  STATIC_REQUIRE(r.plan[1] == st("8.1.1.1"));
  STATIC_REQUIRE(r.plan[2] == st("6.1.1.3"));
  STATIC_REQUIRE(r.plan[3] == st("6.1.1.1"));
  STATIC_REQUIRE(r.priority[st("8.1.1.1")] == impact::serious);
}

TEST_CASE("csaj: an impact left unrated ranks as critical", "[csaj][policy]") {
  // E undecided and unrated; F critical (confidentiality), planned
  // 2027-01-01; G serious on every aspect rated, planned 2026-12-01. E and F
  // tie on impact; F's deadline puts it first.
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.decide(st("9.1.1"), decision::undecided);
    a.decide(st("9.1.3"), decision::planned, 20270101);
    a.rate_impact(st("9.1.3"), aspect::confidentiality, impact::critical);
    a.decide(st("9.1.4"), decision::planned, 20261201);
    rate_all_aspects(a, st("9.1.4"), aspect::confidentiality, impact::serious);
    return rate(a);
  }();
  STATIC_REQUIRE(r.plan_size == 3);
  STATIC_REQUIRE(r.plan[0] == st("9.1.3"));
  STATIC_REQUIRE(r.plan[1] == st("9.1.1"));
  STATIC_REQUIRE(r.plan[2] == st("9.1.4"));
  STATIC_REQUIRE(r.priority[st("9.1.1")] == impact::critical);
}

TEST_CASE("csaj: a rule changed under the same version changes the plan and the fingerprint",
          "[csaj][policy][tailored]") {
  // The case above under unrated_last: E (9.1.1, unrated) now ranks minor,
  // below G (serious) → F (critical), G (serious), E (minor). Default: F, E, G.
  constexpr auto a = [] {
    sheet s = all_implemented();
    s.decide(st("9.1.1"), decision::undecided);
    s.decide(st("9.1.3"), decision::planned, 20270101);
    s.rate_impact(st("9.1.3"), aspect::confidentiality, impact::critical);
    s.decide(st("9.1.4"), decision::planned, 20261201);
    rate_all_aspects(s, st("9.1.4"), aspect::confidentiality, impact::serious);
    return s;
  }();
  constexpr auto standard = rate(a);
  constexpr auto tailored = rate<unrated_last>(a);
  STATIC_REQUIRE(standard.plan[1] == st("9.1.1"));
  STATIC_REQUIRE(tailored.plan_size == 3);
  STATIC_REQUIRE(tailored.plan[0] == st("9.1.3"));
  STATIC_REQUIRE(tailored.plan[1] == st("9.1.4"));
  STATIC_REQUIRE(tailored.plan[2] == st("9.1.1"));
  STATIC_REQUIRE(tailored.priority[st("9.1.1")] == impact::minor);
  // Conformance does not depend on rank: both fail on the same open SHALLs.
  STATIC_REQUIRE(tailored.nonconforming == standard.nonconforming);
  // Only the rank table differs, at "unrated"; the fingerprint hashes it.
  constexpr const auto& defaults = tws::rule_tables_v<tws::catalog_kind::policy, tws::policy_rules>;
  constexpr const auto& changed = tws::rule_tables_v<tws::catalog_kind::policy, unrated_last>;
  STATIC_REQUIRE(defaults.rank[0] == impact::critical);
  STATIC_REQUIRE(changed.rank[0] == impact::minor);
  STATIC_REQUIRE(changed.required == defaults.required);
  STATIC_REQUIRE(tailored.fingerprint == tws::fingerprint_v<csaj_home_2018_t, unrated_last>);
  STATIC_REQUIRE(tailored.fingerprint != standard.fingerprint);
}

TEST_CASE("csaj: rating one aspect never ranks a statement below an unrated one",
          "[csaj][policy]") {
  // Interpretations 33 (policy/2): each aspect left unrated ranks as critical
  // and a statement ranks by its highest aspect. H (9.1.1) is rated minor on
  // confidentiality only: its three other aspects rank critical, so it is
  // critical, like I (9.1.3), rated on nothing. J (9.1.4) is minor on every
  // aspect: minor. All three planned; H 2026-12-01, I 2027-01-01, J
  // 2026-11-01: H and I by deadline, then J, although J's deadline is the
  // earliest (impact first). Under policy/1, H ranked minor and came last.
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.decide(st("9.1.1"), decision::planned, 20261201);
    a.rate_impact(st("9.1.1"), aspect::confidentiality, impact::minor);
    a.decide(st("9.1.3"), decision::planned, 20270101);
    a.decide(st("9.1.4"), decision::planned, 20261101);
    rate_all_aspects(a, st("9.1.4"), aspect::confidentiality, impact::minor);
    return rate(a);
  }();
  STATIC_REQUIRE(r.priority[st("9.1.1")] == impact::critical);
  STATIC_REQUIRE(r.priority[st("9.1.3")] == impact::critical);
  STATIC_REQUIRE(r.priority[st("9.1.4")] == impact::minor);
  STATIC_REQUIRE(r.plan_size == 3);
  STATIC_REQUIRE(r.plan[0] == st("9.1.1"));
  STATIC_REQUIRE(r.plan[1] == st("9.1.3"));
  STATIC_REQUIRE(r.plan[2] == st("9.1.4"));
}

TEST_CASE("csaj: an overdue statement keeps its place by impact", "[csaj][policy]") {
  // Interpretations 42: the plan is by impact, then deadline (SPEC §5); an
  // overdue statement is flagged, not raised above a higher impact. On
  // 2026-12-15, K (9.1.1) serious on every aspect, planned 2026-12-01, is
  // overdue; L (9.1.3) unrated (critical), planned 2027-01-01, is not: L, K.
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.evaluated_on = 20261215;
    a.decide(st("9.1.1"), decision::planned, 20261201);
    rate_all_aspects(a, st("9.1.1"), aspect::integrity, impact::serious);
    a.decide(st("9.1.3"), decision::planned, 20270101);
    return rate(a);
  }();
  STATIC_REQUIRE(r.overdue.test(st("9.1.1")));
  STATIC_REQUIRE(!r.overdue.test(st("9.1.3")));
  STATIC_REQUIRE(r.plan_size == 2);
  STATIC_REQUIRE(r.plan[0] == st("9.1.3"));
  STATIC_REQUIRE(r.plan[1] == st("9.1.1"));
}

TEST_CASE("csaj: the default rules tabulated", "[csaj][policy][tables]") {
  // Only SHALL is required; an impact ranks as itself, unrated as critical.
  constexpr const auto& t = tws::rule_tables_v<tws::catalog_kind::policy, tws::policy_rules>;
  STATIC_REQUIRE(t.required == std::array<bool, tws::obligation_count>{true, false, false});
  STATIC_REQUIRE(t.rank == std::array<impact, 4>{impact::critical, impact::minor, impact::serious,
                                                 impact::critical});
}

TEST_CASE("csaj: counts per group and level", "[csaj][policy]") {
  // Group 5 (貸与端末・宅内LAN): 17 SHALL, 5 SHOULD, 2 MAY; tailoring one MAY
  // out removes it from the applicable count.
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.decide(st("5.1.3.2"), decision::not_needed);
    return rate(a);
  }();
  STATIC_REQUIRE(r.by_group[0][0] == tws::tally{17, 17});
  STATIC_REQUIRE(r.by_group[0][1] == tws::tally{5, 5});
  STATIC_REQUIRE(r.by_group[0][2] == tws::tally{1, 1});
  STATIC_REQUIRE(r.by_group[3][0] == tws::tally{3, 3});
}

TEST_CASE("csaj: equal deadlines order by level, the last day ties with none", "[csaj][policy]") {
  // All unrated (ranked critical) except 9.2.4, rated minor on every aspect,
  // which goes last. By deadline: 8.1.1.1 (day 1) first; then the three due
  // 2026-12-01 by level — 5.1.1.1 SHALL, 6.1.1.3 SHOULD, 9.1.6 MAY; then
  // 5.1.3.2 (2027-01-01, a deadline in another byte, so the radix passes
  // twice); then the statements without a deadline by level: 5.1.1.2 SHALL
  // (planned for the last representable day, which sorts as none) before
  // 5.1.5.2 SHOULD (undecided).
  constexpr auto r = [] {
    sheet a = all_implemented();
    a.decide(st("9.1.6"), decision::planned, 20261201);
    a.decide(st("5.1.1.1"), decision::planned, 20261201);
    a.decide(st("6.1.1.3"), decision::planned, 20261201);
    a.decide(st("5.1.3.2"), decision::planned, 20270101);
    a.decide(st("5.1.1.2"), decision::planned, ~tws::calendar_day{0});
    a.decide(st("5.1.5.2"), decision::undecided);
    a.decide(st("8.1.1.1"), decision::planned, 1);
    a.decide(st("9.2.4"), decision::undecided);
    for (auto k : {aspect::confidentiality, aspect::integrity, aspect::availability,
                   aspect::non_repudiation}) {
      a.rate_impact(st("9.2.4"), k, impact::minor);
    }
    return rate(a);
  }();
  STATIC_REQUIRE(r.plan_size == 8);
  STATIC_REQUIRE(r.plan[0] == st("8.1.1.1"));
  STATIC_REQUIRE(r.plan[1] == st("5.1.1.1"));
  STATIC_REQUIRE(r.plan[2] == st("6.1.1.3"));
  STATIC_REQUIRE(r.plan[3] == st("9.1.6"));
  STATIC_REQUIRE(r.plan[4] == st("5.1.3.2"));
  STATIC_REQUIRE(r.plan[5] == st("5.1.1.2"));
  STATIC_REQUIRE(r.plan[6] == st("5.1.5.2"));
  STATIC_REQUIRE(r.plan[7] == st("9.2.4"));
  STATIC_REQUIRE(r.priority[st("9.2.4")] == impact::minor);
}

TEST_CASE("csaj: a priority is the highest rank of its four aspects, for every combination",
          "[csaj][policy]") {
  // The engine packs two statements' impacts with one multiply; here every
  // combination of the eight impacts of two neighbours (the first pair and
  // the last) against the rule applied aspect by aspect.
  const auto expected = [](unsigned packed) {
    impact top = impact::unrated;
    for (unsigned k = 0; k < tws::aspect_count; ++k) {
      const impact i = tws::policy_rules::rank(static_cast<impact>((packed >> (2 * k)) & 3U));
      top = i > top ? i : top;
    }
    return top;
  };
  constexpr std::size_t last = sheet::statement_count - 2;
  std::size_t mismatches = 0;
  for (std::size_t first : {std::size_t{0}, last}) {
    for (unsigned both = 0; both < 65536; ++both) {
      sheet a = all_implemented();
      for (unsigned k = 0; k < tws::aspect_count; ++k) {
        a.rate_impact(first, static_cast<aspect>(k), static_cast<impact>((both >> (2 * k)) & 3U));
        a.rate_impact(first + 1, static_cast<aspect>(k),
                      static_cast<impact>((both >> (8 + 2 * k)) & 3U));
      }
      const auto r = rate(a);
      mismatches += r.priority[first] != expected(both & 0xFFU) ? 1U : 0U;
      mismatches += r.priority[first + 1] != expected(both >> 8) ? 1U : 0U;
    }
  }
  REQUIRE(mismatches == 0);
}
