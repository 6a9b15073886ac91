// Properties of the policy engine (policy_rating.hpp) with csaj-home-2018 over
// random assessments (SPEC §5): determinism, the plan holds exactly the open
// statements in plan order, overdue is exactly "planned before the evaluation
// day", and implementing an open statement never breaks conformance. Cases are
// drawn reproducibly (case_random.hpp).

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <vector>

#include "case_random.hpp"
#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/evaluate.hpp"

namespace {

namespace tws = teleworksec;
using property::case_random;
using property::run_seed;
using tws::catalogs::csaj_home_2018;
using policy_sheet = tws::policy_assessment<tws::catalogs::csaj_home_2018_t>;

constexpr std::size_t case_count = 10'000;

constexpr std::array<tws::decision, 4> decisions{tws::decision::undecided,
                                                 tws::decision::implemented, tws::decision::planned,
                                                 tws::decision::not_needed};
constexpr std::array<tws::impact, 4> impacts{tws::impact::unrated, tws::impact::minor,
                                             tws::impact::serious, tws::impact::critical};

policy_sheet draw_policy(case_random& r) {
  policy_sheet a;
  a.evaluated_on = 20261101 + static_cast<tws::calendar_day>(r.below(28));
  for (std::size_t n = 0; n < policy_sheet::statement_count; ++n) {
    const auto d = r.pick(decisions);
    // Deadlines around the evaluation day, so that some are overdue.
    a.decide(n, d, 20261001 + static_cast<tws::calendar_day>(100 * r.below(4) + r.below(28)));
    for (std::size_t k = 0; k < tws::aspect_count; ++k) {
      if (r.chance(300)) a.rate_impact(n, static_cast<tws::aspect>(k), r.pick(impacts));
    }
  }
  return a;
}

}  // namespace

TEST_CASE("csaj: the plan holds exactly the open statements, in order", "[property][csaj]") {
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    const auto a = draw_policy(r);
    const auto res = tws::evaluate(csaj_home_2018, a);
    REQUIRE(res == tws::evaluate(csaj_home_2018, a));  // determinism
    REQUIRE(res.plan_size == res.open.count());
    const auto key = [&](std::size_t n) {
      const auto deadline = a.deadline(n) == 0 ? ~tws::calendar_day{0} : a.deadline(n);
      return std::make_tuple(-static_cast<int>(res.priority[n]), deadline,
                             csaj_home_2018.catalog.statements[n].level, n);
    };
    for (std::size_t p = 0; p < res.plan_size; ++p) {
      REQUIRE(res.open.test(res.plan[p]));
      if (p > 0) REQUIRE(key(res.plan[p - 1]) < key(res.plan[p]));
    }
    for (std::size_t n = 0; n < policy_sheet::statement_count; ++n) {
      const bool planned = a.decision_at(n) == tws::decision::planned;
      REQUIRE(res.overdue.test(n) == (planned && a.deadline(n) < a.evaluated_on));
    }
  }
}

TEST_CASE("csaj: implementing an open statement never breaks conformance", "[property][csaj]") {
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    auto a = draw_policy(r);
    const auto before = tws::evaluate(csaj_home_2018, a);
    if (before.plan_size == 0) continue;
    const std::size_t n = before.plan[r.below(before.plan_size)];
    a.decide(n, tws::decision::implemented);
    const auto after = tws::evaluate(csaj_home_2018, a);
    REQUIRE((after.conformant || !before.conformant));
    REQUIRE(after.nonconforming.count() <= before.nonconforming.count());
    REQUIRE(after.plan_size + 1 == before.plan_size);
    // The rest of the plan keeps its order.
    std::size_t at = 0;
    for (std::size_t p = 0; p < before.plan_size; ++p) {
      if (before.plan[p] == n) continue;
      REQUIRE(after.plan[at++] == before.plan[p]);
    }
  }
}

namespace {

// The plan as the specification states it: every open statement, sorted by a
// plain comparison sort on (priority highest first, deadline with "none" —
// 0, or the last representable day, which ties with it — last, level, source
// order). The engine orders without comparisons (radix and counting passes);
// this reference is what it must reproduce exactly.
std::vector<std::uint16_t> reference_plan(
    const policy_sheet& a, const tws::policy_result<tws::catalogs::csaj_home_2018_t>& res) {
  std::vector<std::uint16_t> plan;
  for (std::size_t n = 0; n < policy_sheet::statement_count; ++n) {
    const auto d = a.decision_at(n);
    if (d == tws::decision::planned || d == tws::decision::undecided) {
      plan.push_back(static_cast<std::uint16_t>(n));
    }
  }
  const auto key = [&](std::size_t n) {
    const auto deadline = a.deadline(n) == 0 ? ~tws::calendar_day{0} : a.deadline(n);
    return std::make_tuple(-static_cast<int>(res.priority[n]), deadline,
                           csaj_home_2018.catalog.statements[n].level, n);
  };
  std::sort(plan.begin(), plan.end(), [&](auto x, auto y) { return key(x) < key(y); });
  return plan;
}

// Deadlines drawn from spreads the radix passes treat differently: none at
// all, within a few days (one narrow pass), a year or so (two passes), any
// 32-bit value (four passes), and the edges 0 and the last day.
tws::calendar_day draw_deadline(case_random& r, std::size_t spread) {
  switch (spread) {
    case 0:
      return 20261201;
    case 1:
      return 20261126 + static_cast<tws::calendar_day>(r.below(5));
    case 2:
      return 20260101 + static_cast<tws::calendar_day>(r.below(20000));
    case 3:
      return static_cast<tws::calendar_day>(r.below(std::size_t{1} << 32));
    default: {
      constexpr std::array<tws::calendar_day, 4> edges{0, 1, ~tws::calendar_day{0},
                                                       ~tws::calendar_day{0} - 1};
      return r.chance(500) ? r.pick(edges) : 20261201 + static_cast<tws::calendar_day>(r.below(3));
    }
  }
}

}  // namespace

TEST_CASE("csaj: the plan equals a plain comparison sort of the open statements",
          "[property][csaj]") {
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    policy_sheet a;
    a.evaluated_on = 20261126;
    const std::size_t spread = r.below(5);
    const unsigned open_per_mille = static_cast<unsigned>(r.below(1001));
    for (std::size_t n = 0; n < policy_sheet::statement_count; ++n) {
      const auto d = r.chance(open_per_mille)
                         ? (r.chance(500) ? tws::decision::planned : tws::decision::undecided)
                         : (r.chance(500) ? tws::decision::implemented : tws::decision::not_needed);
      a.decide(n, d, draw_deadline(r, spread));
      for (std::size_t k = 0; k < tws::aspect_count; ++k) {
        if (r.chance(400)) a.rate_impact(n, static_cast<tws::aspect>(k), r.pick(impacts));
      }
    }
    const auto res = tws::evaluate(csaj_home_2018, a);
    const auto expected = reference_plan(a, res);
    REQUIRE(res.plan_size == expected.size());
    for (std::size_t p = 0; p < expected.size(); ++p) REQUIRE(res.plan[p] == expected[p]);
  }
}
