// Properties of the risk engine (risk_rating.hpp) with coworking-user over
// random assessments (SPEC §5): the residual risks agree with a direct reading
// of the mitigation table, and implementing a measure never adds a residual
// risk. Cases are drawn reproducibly (case_random.hpp).

#include <catch2/catch.hpp>
#include <cstddef>

#include "case_random.hpp"
#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/evaluate.hpp"

namespace {

namespace tws = teleworksec;
using property::answer_randomly;
using property::case_random;
using property::run_seed;
using tws::catalogs::coworking_user;
using user_sheet = tws::risk_assessment<tws::catalogs::coworking_user_t>;

constexpr std::size_t case_count = 10'000;

user_sheet draw_user(case_random& r) {
  user_sheet a;
  answer_randomly(a, r);
  return a;
}

}  // namespace

TEST_CASE("coworking-user: implementing a measure never adds a residual risk", "[property][risk]") {
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
