// Compile-time probe: a full certification assessment (56 answers, 32 checks)
// rated inside static_assert, within the compilers' default constexpr limits.
#include <teleworksec/teleworksec.hpp>

namespace tws = teleworksec;

constexpr auto rated() {
  tws::certification_assessment<tws::catalogs::certification_v2_t> a{};
  a.policy = tws::evidence_policy::audit;
  for (std::size_t q = 0; q < a.question_count; ++q) {
    a.set_answer(q, q % 11 == 5 ? tws::answer::no : tws::answer::yes);
    a.add_evidence(q, tws::evidence_kind::document);
    a.add_evidence(q, tws::evidence_kind::configuration);
    a.add_evidence(q, tws::evidence_kind::observation);
    a.add_evidence(q, tws::evidence_kind::record);
  }
  for (std::size_t k = 0; k < a.check_count; ++k) {
    a.diagnose(k, k == 30 ? tws::check_outcome::findings(tws::severity::medium)
                          : tws::check_outcome::passed());
  }
  const auto r = tws::evaluate(tws::catalogs::certification_v2, a);
  return tws::gaps_to_next_level(tws::catalogs::certification_v2, r).target_stars +
         10 * r.level.stars;
}
static_assert(rated() >= 0);
int main() { return 0; }
