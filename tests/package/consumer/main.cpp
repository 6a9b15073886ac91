// A consumer of the installed package: rates a facility at compile time.
#include <teleworksec/teleworksec.hpp>

namespace tws = teleworksec;

constexpr int stars_of_a_fully_compliant_facility() {
  tws::certification_assessment<tws::catalogs::certification_v2_t> a{};
  a.answer_all(tws::answer::yes);
  a.diagnose_all(tws::check_outcome::passed());
  return tws::evaluate(tws::catalogs::certification_v2, a).level.stars;
}
static_assert(stars_of_a_fully_compliant_facility() == 4);

int main() { return stars_of_a_fully_compliant_facility() == 4 ? 0 : 1; }
