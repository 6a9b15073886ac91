// Properties of the self-check engine (self_check_rating.hpp) with
// mic-telework-v4 over random assessments (SPEC §5): determinism,
// monotonicity (doing more never rates worse), that leaving a fact out never
// rates better, and that the level is the weakest rated group's. Cases are
// drawn reproducibly (case_random.hpp).

#include <catch2/catch.hpp>
#include <cstddef>

#include "case_random.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"
#include "teleworksec/evaluate.hpp"

namespace {

namespace tws = teleworksec;
using property::answer_randomly;
using property::case_random;
using property::run_seed;
using tws::catalogs::mic_telework_v4;
using mic_sheet = tws::self_check_assessment<tws::catalogs::mic_telework_v4_t>;

constexpr std::size_t case_count = 10'000;

// Each fact stated in 70% of the cases, true or false alike; the answers.
mic_sheet draw_mic(case_random& r) {
  mic_sheet a;
  for (std::size_t f = 0; f < mic_sheet::fact_count; ++f) {
    if (r.chance(700)) a.set_fact(f, r.chance(500));
  }
  answer_randomly(a, r);
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

TEST_CASE("mic: the level is the weakest rated group's and the counts add up", "[property][mic]") {
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
