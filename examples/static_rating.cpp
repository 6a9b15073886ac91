// static_rating: a facility rated entirely at compile time.
//
// Everything below is a static_assert: if this file compiles, the ratings are
// what the comments say, derived by the rules of SPEC §4 — the same call a
// scanner or GUI makes at run time. main() has nothing left to do.

#include <cstddef>
#include <string_view>

#include "teleworksec/teleworksec.hpp"

// Lookups by string ID at compile time: an unknown ID does not compile,
// because the branch that reports it calls this function, which is not
// constexpr (and never defined: no code ever calls it).
void unknown_id();

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;
using certification = tws::certification_assessment<tws::catalogs::certification_v2_t>;

consteval std::size_t question(std::string_view id) {
  const auto q = tws::find_question(certification_v2, id);
  if (!q) unknown_id();
  return *q;
}

consteval std::size_t audit_item(std::string_view id) {
  const auto m = tws::find_audit_item(certification_v2, id);
  if (!m) unknown_id();
  return *m;
}

consteval std::size_t check(std::string_view id) {
  const auto k = tws::find_check(certification_v2, id);
  if (!k) unknown_id();
  return *k;
}

consteval std::size_t fact(std::string_view id) {
  const auto& facts = tws::catalogs::coworking_v2_checklist.facts;
  for (std::size_t f = 0; f < facts.size(); ++f) {
    if (facts[f].id == id) return f;
  }
  unknown_id();
  return facts.size();
}

// "Kamakura Desk": one room, four desks, one Wi-Fi access point whose
// passphrase is handed to each visitor at the counter. No website, no
// printer or other connected devices, no rental PCs, no meeting booths.
// Facts not stated would count as true (SPEC §2), so a small facility
// states what it does not have.
constexpr certification kamakura_desk() {
  certification a{};
  a.set_fact(fact("membership"), false);
  a.set_fact(fact("handles_personal_info"), true);
  a.set_fact(fact("website"), false);
  a.set_fact(fact("registration_website"), false);
  a.set_fact(fact("wifi"), true);
  a.set_fact(fact("shared_wifi_passphrase"), false);
  a.set_fact(fact("multiple_aps_or_wired"), false);
  a.set_fact(fact("network_printers"), false);
  a.set_fact(fact("network_ops_outsourced"), false);
  a.set_fact(fact("connected_devices"), false);
  a.set_fact(fact("mfp"), false);
  a.set_fact(fact("mfp_storage_features"), false);
  a.set_fact(fact("rental_pcs"), false);
  a.set_fact(fact("rental_pc_free_software"), false);
  a.set_fact(fact("shared_rental_pcs"), false);
  a.set_fact(fact("web_meetings"), false);

  // Yes to everything; the facts above exclude what does not apply. Two
  // advanced measures are not in place: no biometric entry, no smart lockers.
  a.answer_all(tws::answer::yes);
  a.set_answer(question("coworking-v2/2.6.1"), tws::answer::no);
  a.set_answer(question("coworking-v2/6.2.1"), tws::answer::no);

  // The diagnosis passed everything but one low finding: the router answers
  // recursive DNS queries from the guest network.
  a.diagnose_all(tws::check_outcome::passed());
  a.diagnose(check("certification-v2/vuln/3"), tws::check_outcome::findings(tws::severity::low));
  return a;
}

constexpr auto kamakura = tws::evaluate(certification_v2, kamakura_desk());

// Every applicable question is answered: the result is final, not provisional.
static_assert(!kamakura.provisional && kamakura.unanswered_count == 0);

// Category 4 (connected devices) and 5 (rental PCs) do not apply at all.
static_assert(kamakura.measure_status[audit_item("certification-v2/audit/21")] ==
              tws::status::not_applicable);
static_assert(kamakura.measure_status[audit_item("certification-v2/audit/27")] ==
              tws::status::not_applicable);

// Audit: every basic measure is compliant, so every ● of the ★ column is met.
// The advanced measures 2.6 (audit/11) and 6.2 (audit/31) are noncompliant,
// which misses their ▲ in the ★★ column. Audit grade: C.
static_assert(kamakura.audit_met(tws::column::one_star));
static_assert(!kamakura.audit_met(tws::column::two_stars));
static_assert(kamakura.audit_grade == tws::grade::C);

// Diagnosis: the worst finding is low, so the grade is B; vuln/3 is - ▲ ●,
// and B meets both ▲ and ●, so every column of the check table is met.
static_assert(kamakura.diagnosis_grade == tws::grade::B);
static_assert(kamakura.diagnosis_met(tws::column::three_stars));

// Level: ★★★ wants audit B or better; ★★ wants audit and diagnosis C or
// better and the ★ columns met — which they are. ★★ 安心.
static_assert(kamakura.level.stars == 2 && !kamakura.level.indicative);
static_assert(tws::level_named(tws::catalogs::certification_v2_program, kamakura.level.stars)
                  .name_ja == "安心");

// What blocks ★★★: the two advanced audit items, through their one question
// each, and the audit grade, which must reach B. Nothing in the diagnosis.
constexpr auto kamakura_gaps = tws::gaps_to_next_level(certification_v2, kamakura);
static_assert(kamakura_gaps.target_stars == 3);
static_assert(kamakura_gaps.audit_items.count() == 2);
static_assert(kamakura_gaps.audit_items.test(audit_item("certification-v2/audit/11")));
static_assert(kamakura_gaps.audit_items.test(audit_item("certification-v2/audit/31")));
static_assert(kamakura_gaps.questions.test(question("coworking-v2/2.6.1")));
static_assert(kamakura_gaps.questions.test(question("coworking-v2/6.2.1")));
static_assert(kamakura_gaps.audit_grade_blocks &&
              kamakura_gaps.audit_grade_needed == tws::grade::B);
static_assert(kamakura_gaps.checks_not_performed.none() && kamakura_gaps.checks_too_low.none());

// With a fingerprint reader and smart lockers, every applicable measure is
// compliant: audit A. The low finding keeps the diagnosis at B, which ★★★★
// allows (「A」「A」「B」). ★★★★ 信頼.
constexpr certification kamakura_upgraded() {
  auto a = kamakura_desk();
  a.set_answer(question("coworking-v2/2.6.1"), tws::answer::yes);
  a.set_answer(question("coworking-v2/6.2.1"), tws::answer::yes);
  return a;
}
constexpr auto upgraded = tws::evaluate(certification_v2, kamakura_upgraded());
static_assert(upgraded.audit_grade == tws::grade::A);
static_assert(upgraded.level.stars == 4);
static_assert(tws::gaps_to_next_level(certification_v2, upgraded).none());

// The same answers under the audit policy, without any evidence: no yes is
// verified, so every applicable measure with a yes is at most partial and the
// ★ column fails. No basic measure of category 1 is noncompliant (they are
// partial), so the grade is D, not E. 認証不可.
constexpr certification kamakura_audited() {
  auto a = kamakura_desk();
  a.policy = tws::evidence_policy::audit;
  return a;
}
constexpr auto audited = tws::evaluate(certification_v2, kamakura_audited());
static_assert(audited.measure_status[audit_item("certification-v2/audit/1")] ==
              tws::status::partial);
static_assert(audited.audit_grade == tws::grade::D);
static_assert(audited.level.stars == 0);

// Without a diagnosis, the level follows from the audit alone and is marked
// indicative: ★★, as the audit grade C allows.
constexpr certification kamakura_undiagnosed() {
  auto a = kamakura_desk();
  a.diagnose_all(tws::check_outcome::not_performed());
  return a;
}
constexpr auto undiagnosed = tws::evaluate(certification_v2, kamakura_undiagnosed());
static_assert(!undiagnosed.has_diagnosis);
static_assert(undiagnosed.level.stars == 2 && undiagnosed.level.indicative);

// Every result carries the fingerprint of the catalog and rules that scored it.
static_assert(kamakura.fingerprint == tws::fingerprint_v<tws::catalogs::certification_v2_t>);

}  // namespace

int main() { return 0; }
