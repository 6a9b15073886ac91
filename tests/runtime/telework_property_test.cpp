// Properties of the telework catalogs' engines over random assessments (SPEC
// §5): determinism, monotonicity (doing more never rates worse), that leaving
// a fact out never rates better, and agreement with a direct reading of the
// rules from the catalog data. Cases are drawn reproducibly (case_random.hpp).

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <tuple>

#include "case_random.hpp"
#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"

namespace {

namespace tws = teleworksec;
using property::case_random;
using property::run_seed;
using tws::catalogs::coworking_user;
using tws::catalogs::csaj_home_2018;
using tws::catalogs::mic_telework_v4;
using mic_sheet = tws::self_check_assessment<tws::catalogs::mic_telework_v4_t>;
using user_sheet = tws::risk_assessment<tws::catalogs::coworking_user_t>;
using policy_sheet = tws::policy_assessment<tws::catalogs::csaj_home_2018_t>;

constexpr std::size_t case_count = 10'000;
constexpr std::array<tws::answer, 4> answers{tws::answer::unanswered, tws::answer::yes,
                                             tws::answer::no, tws::answer::not_applicable};

#define TELEWORKSEC_CASE(i) \
  INFO("seed " << run_seed() << " (0x" << std::hex << run_seed() << std::dec << "), case " << (i))

// Answers with a per-case thoroughness, so that every level occurs.
template <class Sheet>
void answer_randomly(Sheet& a, case_random& r) {
  const auto yes_rate = static_cast<unsigned>(r.below(1001));
  for (std::size_t i = 0; i < Sheet::question_count; ++i) {
    if (r.chance(yes_rate)) {
      a.set_answer(i, tws::answer::yes);
    } else {
      a.set_answer(i, r.chance(900) ? tws::answer::no : r.pick(answers));
    }
  }
}

mic_sheet draw_mic(case_random& r) {
  mic_sheet a;
  for (std::size_t f = 0; f < mic_sheet::fact_count; ++f) {
    if (r.chance(700)) a.set_fact(f, r.chance(500));
  }
  answer_randomly(a, r);
  return a;
}

user_sheet draw_user(case_random& r) {
  user_sheet a;
  answer_randomly(a, r);
  return a;
}

constexpr std::array<tws::decision, 4> decisions{tws::decision::undecided,
                                                 tws::decision::implemented,
                                                 tws::decision::planned,
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

TEST_CASE("mic: answering yes never lowers a level or adds a gap", "[property][mic]") {
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    auto a = draw_mic(r);
    const auto before = tws::evaluate(mic_telework_v4, a);
    REQUIRE(before == tws::evaluate(mic_telework_v4, a));  // determinism
    a.set_answer(r.below(mic_sheet::question_count), tws::answer::yes);
    const auto after = tws::evaluate(mic_telework_v4, a);
    REQUIRE(after.level >= before.level);
    for (std::size_t g = 0; g < after.group_level.size(); ++g) {
      REQUIRE(after.group_level[g] >= before.group_level[g]);
    }
    REQUIRE((after.unmet_basic & ~before.unmet_basic).none());
    REQUIRE((after.unmet_recommended & ~before.unmet_recommended).none());
  }
}

TEST_CASE("mic: a fact left out rates as if true, never better than stated false",
          "[property][mic]") {
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    auto a = draw_mic(r);
    const std::size_t f = r.below(mic_sheet::fact_count);
    auto stated_true = a;
    stated_true.set_fact(f, true);
    auto stated_false = a;
    stated_false.set_fact(f, false);
    mic_sheet unstated;  // the same answers and other facts, f never stated
    for (std::size_t g = 0; g < mic_sheet::fact_count; ++g) {
      if (const auto v = a.fact_value(g); g != f && v) unstated.set_fact(g, *v);
    }
    for (std::size_t q = 0; q < mic_sheet::question_count; ++q) {
      unstated.set_answer(q, a.answer_at(q));
    }
    const auto open = tws::evaluate(mic_telework_v4, unstated);
    REQUIRE(open.level == tws::evaluate(mic_telework_v4, stated_true).level);
    REQUIRE(open.level <= tws::evaluate(mic_telework_v4, stated_false).level);
  }
}

TEST_CASE("mic: the level is the weakest rated group's and the counts add up",
          "[property][mic]") {
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    const auto res = tws::evaluate(mic_telework_v4, draw_mic(r));
    auto weakest = tws::self_check_level::recommended;
    std::size_t applicable = 0;
    for (std::size_t g = 0; g < res.group_level.size(); ++g) {
      applicable += res.by_group[g].applicable;
      if (res.by_group[g].applicable != 0 && res.group_level[g] < weakest) {
        weakest = res.group_level[g];
      }
    }
    REQUIRE(applicable == res.applicable.count());
    if (res.rated_groups.any()) REQUIRE(res.level == weakest);
    REQUIRE(res.unanswered_count == res.unanswered.count());
    REQUIRE(res.provisional == (res.unanswered_count != 0));
  }
}

TEST_CASE("coworking-user: implementing a measure never adds a residual risk",
          "[property][risk]") {
  const auto& cat = tws::catalogs::coworking_user_catalog;
  for (std::size_t i = 0; i < case_count; ++i) {
    TELEWORKSEC_CASE(i);
    case_random r{run_seed(), i};
    auto a = draw_user(r);
    const auto before = tws::evaluate(coworking_user, a);
    // The rule read directly from the data: a risk stays when no measure
    // that lists it is answered yes.
    for (std::size_t k = 0; k < cat.risk_count; ++k) {
      bool covered = false;
      for (std::size_t m = 0; m < cat.measure_count; ++m) {
        for (std::size_t j = 0; j < cat.measures[m].mitigates_count; ++j) {
          const auto ref = cat.measures[m].mitigates[j];
          covered = covered || (ref.group == cat.risks[k].group && ref.no == cat.risks[k].no &&
                                a.answer_at(m) == tws::answer::yes);
        }
      }
      REQUIRE(before.residual.test(k) == !covered);
    }
    a.set_answer(r.below(user_sheet::question_count), tws::answer::yes);
    const auto after = tws::evaluate(coworking_user, a);
    REQUIRE((after.residual & ~before.residual).none());
    REQUIRE(after.overall.implemented >= before.overall.implemented);
  }
}

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
