// Hand-worked cases for the certification engine (certification_rating.hpp),
// called through evaluate() (SPEC §3, §4). Each case names the rule it
// exercises and derives its expectation from the rules and the 001 tables in
// a comment; none is read off the code. STATIC_REQUIRE runs each at compile
// time, and again at run time in the teleworksec_tests_runtime_static twin.

#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace fixtures;
using tws::answer;
using tws::check_outcome;
using tws::grade;
using tws::severity;
using tws::status;

namespace {
constexpr auto yes = answer::yes;
constexpr auto no = answer::no;
constexpr auto na = answer::not_applicable;
constexpr auto unanswered = answer::unanswered;
}  // namespace

TEST_CASE("audit grade A: every ★★★ mark met", "[evaluate][audit]") {
  // All 56 questions yes → all 32 measures compliant → every ●/▲ met in all
  // three columns → A. Every check passed → diagnosis A → ★★★★.
  constexpr auto r = rate(exemplary());
  STATIC_REQUIRE(r.audit_grade == grade::A);
  STATIC_REQUIRE(r.diagnosis_grade == grade::A);
  STATIC_REQUIRE(r.level.stars == 4);
  STATIC_REQUIRE_FALSE(r.level.indicative);
  STATIC_REQUIRE_FALSE(r.provisional);
}

TEST_CASE("audit grade B: an advanced measure partial", "[evaluate][audit]") {
  // 2.5 (audit 10, - ▲ ●) has two questions; 2.5.2 no → 2.5 partial.
  // ★★★ ● needs compliant → not A; ★★ ▲ accepts partial and every basic item
  // is compliant → B. Diagnosis A; ★★★★ needs audit A → ★★★ (B ≤ B, A ≤ B).
  constexpr auto r = rate(with(exemplary(), "2.5.2", no));
  STATIC_REQUIRE(r.measure_status[m("2.5")] == status::partial);
  STATIC_REQUIRE(r.audit_grade == grade::B);
  STATIC_REQUIRE(r.level.stars == 3);
}

TEST_CASE("audit grade C: an advanced measure noncompliant", "[evaluate][audit]") {
  // 2.6.1 (the biometric reader, audit 11, - ▲ ●) no → 2.6 noncompliant:
  // ★★ ▲ unmet → not B; ★ is - for advanced items and every basic item is
  // compliant → C. ★★ (安心) needs audit ≤ C and diagnosis ≤ C → ★★.
  constexpr auto r = rate(with(exemplary(), "2.6.1", no));
  STATIC_REQUIRE(r.measure_status[m("2.6")] == status::noncompliant);
  STATIC_REQUIRE(r.audit_grade == grade::C);
  STATIC_REQUIRE(r.level.stars == 2);
}

TEST_CASE("audit grade D: a basic measure outside 管理体制 fails", "[evaluate][audit]") {
  // 3.6.1 (network separation, audit 18, ● ● ●) no → 3.6 noncompliant → the ★
  // column is unmet → not C; no basic measure of category 1 is noncompliant →
  // D. D is below every level → 認証不可 (0 stars).
  constexpr auto r = rate(with(exemplary(), "3.6.1", no));
  STATIC_REQUIRE(r.audit_grade == grade::D);
  STATIC_REQUIRE(r.level.stars == 0);
}

TEST_CASE("audit grade D, not E: a governance measure only partial", "[evaluate][audit]") {
  // 1.1.1 no, 1.1.2 and 1.1.3 yes → 1.1 partial: ● in ★ unmet → not C; E needs
  // a *noncompliant* basic measure of category 1, and 1.1 is partial → D.
  constexpr auto r = rate(with(exemplary(), "1.1.1", no));
  STATIC_REQUIRE(r.measure_status[m("1.1")] == status::partial);
  STATIC_REQUIRE(r.audit_grade == grade::D);
}

TEST_CASE("audit grade E: a governance measure noncompliant", "[evaluate][audit]") {
  // 1.3.1 (the incident manual, the only question of 1.3) no → 1.3
  // noncompliant, a basic measure of 管理体制 → E.
  constexpr auto r = rate(with(exemplary(), "1.3.1", no));
  STATIC_REQUIRE(r.measure_status[m("1.3")] == status::noncompliant);
  STATIC_REQUIRE(r.audit_grade == grade::E);
  STATIC_REQUIRE(r.level.stars == 0);
  // A blank assessment: every question unanswered counts as no → E, provisional.
  constexpr auto blank = rate(certification{});
  STATIC_REQUIRE(blank.audit_grade == grade::E);
  STATIC_REQUIRE(blank.provisional);
  STATIC_REQUIRE(blank.unanswered_count == 56);
}

TEST_CASE("diagnosis grades A–E by the worst finding", "[evaluate][diagnosis]") {
  // Check 31 (weak AP encryption, ▲ ● ●) with findings; audit stays A.
  // low → B: ★★★ ● accepts A–B, diagnosis B ≤ B → ★★★★.
  constexpr auto low = rate(with_check(exemplary(), 31, check_outcome::findings(severity::low)));
  STATIC_REQUIRE(low.diagnosis_grade == grade::B);
  STATIC_REQUIRE(low.check_grade[k(31)] == grade::B);
  STATIC_REQUIRE(low.level.stars == 4);
  // medium → C: ★★★★ and ★★★ need diagnosis ≤ B; ★★ takes C and its ★ column
  // has ▲ on check 31, met by C → ★★.
  constexpr auto medium =
      rate(with_check(exemplary(), 31, check_outcome::findings(severity::medium)));
  STATIC_REQUIRE(medium.diagnosis_grade == grade::C);
  STATIC_REQUIRE(medium.level.stars == 2);
  // high → D, urgent → E: below every level → 認証不可.
  constexpr auto high = rate(with_check(exemplary(), 31, check_outcome::findings(severity::high)));
  STATIC_REQUIRE(high.diagnosis_grade == grade::D);
  STATIC_REQUIRE(high.level.stars == 0);
  constexpr auto urgent =
      rate(with_check(exemplary(), 31, check_outcome::findings(severity::urgent)));
  STATIC_REQUIRE(urgent.diagnosis_grade == grade::E);
  STATIC_REQUIRE(urgent.level.stars == 0);
}

TEST_CASE("a finding counts even on a check the level does not require", "[evaluate][diagnosis]") {
  // Check 3 (DNS recursion) is - in the ★ column. A high finding there still
  // makes the diagnosis D (the worst of all performed checks) → 認証不可,
  // although the ★ column itself is met.
  constexpr auto r = rate(with_check(exemplary(), 3, check_outcome::findings(severity::high)));
  STATIC_REQUIRE(r.diagnosis_grade == grade::D);
  STATIC_REQUIRE(r.diagnosis_met(tws::column::one_star));
  STATIC_REQUIRE(r.level.stars == 0);
}

TEST_CASE("levels ★★★★, ★★★, ★★ and 認証不可 from the grade pairs", "[evaluate][level]") {
  // 認証レベル: ★★★★ audit A + diagnosis ≤ B; ★★★ audit ≤ B + diagnosis ≤ B;
  // ★★ audit ≤ C + diagnosis ≤ C; else 認証不可.
  // Audit A (all yes), diagnosis B (one low finding) → ★★★★.
  STATIC_REQUIRE(rate(with_check(exemplary(), 1, check_outcome::findings(severity::low)))
                     .level.stars == 4);
  // Audit B (2.5.2 no), diagnosis B → ★★★.
  STATIC_REQUIRE(rate(with_check(with(exemplary(), "2.5.2", no), 1,
                                 check_outcome::findings(severity::low)))
                     .level.stars == 3);
  // Audit C (2.6.1 no), diagnosis C (check 1, ▲ in ★, medium) → ★★.
  STATIC_REQUIRE(rate(with_check(with(exemplary(), "2.6.1", no), 1,
                                 check_outcome::findings(severity::medium)))
                     .level.stars == 2);
  // Audit A, diagnosis D → 認証不可: a perfect audit does not lift a bad diagnosis.
  STATIC_REQUIRE(rate(with_check(exemplary(), 1, check_outcome::findings(severity::high)))
                     .level.stars == 0);
  // Audit D, diagnosis A → 認証不可.
  STATIC_REQUIRE(rate(with(exemplary(), "5.1.1", no)).level.stars == 0);
}

TEST_CASE("a level blocked by its column although the grades allow it", "[evaluate][level]") {
  // Check 3 (DNS recursion, - ▲ ●) not performed; everything else passed.
  // Diagnosis grade: worst of the performed checks = A; audit A. The grades
  // allow ★★★★, but ★★★ ● and ★★ ▲ both need check 3 performed (or n/a), so
  // the ★★★ and ★★ columns are unmet; ★ has - → met → ★★.
  constexpr auto r = rate(with_check(exemplary(), 3, check_outcome::not_performed()));
  STATIC_REQUIRE(r.diagnosis_grade == grade::A);
  STATIC_REQUIRE_FALSE(r.diagnosis_met(tws::column::three_stars));
  STATIC_REQUIRE_FALSE(r.diagnosis_met(tws::column::two_stars));
  STATIC_REQUIRE(r.diagnosis_met(tws::column::one_star));
  STATIC_REQUIRE(r.level.stars == 2);
  // Check 1 (port scan, ▲ ● ●) not performed: even the ★ column is unmet →
  // 認証不可 with grades A and A.
  STATIC_REQUIRE(rate(with_check(exemplary(), 1, check_outcome::not_performed())).level.stars ==
                 0);
  // A check that is not applicable meets every mark → ★★★★.
  STATIC_REQUIRE(rate(with_check(exemplary(), 5, check_outcome::not_applicable())).level.stars ==
                 4);
}

TEST_CASE("unanswered counts as no and makes the result provisional", "[evaluate][provisional]") {
  // 1.1.1 unanswered → counted as no → 1.1 partial → D (as in the 1.1.1-no
  // case), provisional with one unanswered question.
  constexpr auto r = rate(with(exemplary(), "1.1.1", unanswered));
  STATIC_REQUIRE(r.provisional);
  STATIC_REQUIRE(r.unanswered_count == 1);
  STATIC_REQUIRE(r.unanswered.test(q("1.1.1")));
  STATIC_REQUIRE(r.audit_grade == grade::D);
  // An unanswered question that the facts make inapplicable is not counted:
  // not a members-only facility → 2.5.1 does not apply.
  constexpr auto s = rate(with(with_fact(exemplary(), "membership", false), "2.5.1", unanswered));
  STATIC_REQUIRE_FALSE(s.provisional);
  STATIC_REQUIRE(s.unanswered_count == 0);
}

TEST_CASE("no diagnosis: the level is indicative, from the audit alone", "[evaluate][indicative]") {
  // All yes, no check performed → no diagnosis; audit A → indicative ★★★★.
  constexpr auto audit_only = [] {
    auto a = exemplary();
    a.diagnose_all(check_outcome::not_performed());
    return rate(a);
  }();
  STATIC_REQUIRE_FALSE(audit_only.has_diagnosis);
  STATIC_REQUIRE(audit_only.level.indicative);
  STATIC_REQUIRE(audit_only.level.stars == 4);
  // Checks that are all "not applicable" are no diagnosis either.
  constexpr auto all_na = [] {
    auto a = exemplary();
    a.diagnose_all(check_outcome::not_applicable());
    return rate(a);
  }();
  STATIC_REQUIRE(all_na.level.indicative);
  // Audit B without diagnosis → indicative ★★★; audit D → indicative 認証不可.
  constexpr auto b = [] {
    auto a = with(exemplary(), "2.5.2", no);
    a.diagnose_all(check_outcome::not_performed());
    return rate(a);
  }();
  STATIC_REQUIRE(b.level.stars == 3);
  STATIC_REQUIRE(b.level.indicative);
  // The checklist-only catalog coworking-v2 is always indicative.
  constexpr auto cw = [] {
    tws::certification_assessment<tws::catalogs::coworking_v2_t> a{};
    a.answer_all(yes);
    return tws::evaluate(tws::catalogs::coworking_v2, a);
  }();
  STATIC_REQUIRE(cw.audit_grade == grade::A);
  STATIC_REQUIRE(cw.level.indicative);
  STATIC_REQUIRE(cw.level.stars == 4);
}

TEST_CASE("facts make questions and measures not applicable", "[evaluate][facts]") {
  // No rental PCs: 5.1.x, 5.2.1 and 5.3.1 do not apply, so their "no" answers
  // do not count; measures 5.1–5.3 (audit 27–29) are not applicable, which
  // meets ● and ▲ → A.
  constexpr auto without_pcs = [] {
    auto a = with_fact(exemplary(), "rental_pcs", false);
    for (auto id : {"5.1.1", "5.1.2", "5.1.3", "5.2.1", "5.3.1"}) a = with(a, id, no);
    return rate(a);
  }();
  STATIC_REQUIRE(without_pcs.measure_status[m("5.1")] == status::not_applicable);
  STATIC_REQUIRE(without_pcs.measure_status[m("5.3")] == status::not_applicable);
  STATIC_REQUIRE(without_pcs.category_status[4] == status::not_applicable);
  STATIC_REQUIRE(without_pcs.audit_grade == grade::A);
  // The same answers with the fact left out: it counts as true, so 5.1 is
  // noncompliant (basic) → D. Leaving a fact out never raises a rating.
  constexpr auto unstated = [] {
    auto a = exemplary();
    for (auto id : {"5.1.1", "5.1.2", "5.1.3", "5.2.1", "5.3.1"}) a = with(a, id, no);
    return rate(a);
  }();
  STATIC_REQUIRE(unstated.audit_grade == grade::D);
  // No Wi-Fi: 3.3 and 3.4 do not apply, but 3.8 keeps 3.8.3 and 3.8.4.
  constexpr auto no_wifi = rate(with(with_fact(exemplary(), "wifi", false), "3.8.4", no));
  STATIC_REQUIRE(no_wifi.measure_status[m("3.3")] == status::not_applicable);
  STATIC_REQUIRE(no_wifi.measure_status[m("3.4")] == status::not_applicable);
  STATIC_REQUIRE(no_wifi.measure_status[m("3.8")] == status::partial);
  // A condition of two facts: 3.4.3 needs wifi and shared_wifi_passphrase.
  constexpr auto members_only =
      rate(with(with_fact(exemplary(), "shared_wifi_passphrase", false), "3.4.3", no));
  STATIC_REQUIRE_FALSE(members_only.applicable.test(q("3.4.3")));
  STATIC_REQUIRE(members_only.measure_status[m("3.4")] == status::compliant);
}

TEST_CASE("an explicit na excludes a question whatever the facts say", "[evaluate][facts]") {
  // 2.6.1 na (no biometric readers planned) → 2.6 has no applicable question →
  // not applicable → A, and the result lists 2.6.1 as excluded.
  constexpr auto r = rate(with(exemplary(), "2.6.1", na));
  STATIC_REQUIRE(r.measure_status[m("2.6")] == status::not_applicable);
  STATIC_REQUIRE(r.explicit_na.test(q("2.6.1")));
  STATIC_REQUIRE(r.explicit_na.count() == 1);
  STATIC_REQUIRE(r.audit_grade == grade::A);
}

TEST_CASE("an inspector's override replaces the derived status", "[evaluate][override]") {
  // 3.8 all no → noncompliant → C. The inspector sets audit item 20 (measure
  // 3.8) to partial ("MAC filtering only"): ▲ met → B, recorded as set.
  constexpr auto derived = [] {
    auto a = exemplary();
    for (auto id : {"3.8.1", "3.8.2", "3.8.3", "3.8.4"}) a = with(a, id, no);
    return a;
  }();
  STATIC_REQUIRE(rate(derived).audit_grade == grade::C);
  constexpr auto r = [&] {
    auto a = derived;
    a.override_status(m("3.8"), status::partial);
    return rate(a);
  }();
  STATIC_REQUIRE(r.measure_status[m("3.8")] == status::partial);
  STATIC_REQUIRE(r.overridden.test(m("3.8")));
  STATIC_REQUIRE(r.overridden.count() == 1);
  STATIC_REQUIRE(r.audit_grade == grade::B);
}

TEST_CASE("the audit policy verifies a yes only with acceptable evidence", "[evaluate][evidence]") {
  // All yes, audit policy, no evidence: every yes is unverified → every
  // measure at most partial → ● in ★ unmet; no measure is noncompliant → D.
  constexpr auto bare = [] {
    auto a = exemplary();
    a.policy = tws::evidence_policy::audit;
    return rate(a);
  }();
  STATIC_REQUIRE(bare.unverified.count() == 56);
  STATIC_REQUIRE(bare.measure_status[m("1.1")] == status::partial);
  STATIC_REQUIRE(bare.audit_grade == grade::D);
  // Evidence of an acceptable kind on every question → all verified → A.
  constexpr auto evidenced = [] {
    auto a = exemplary();
    a.policy = tws::evidence_policy::audit;
    for (std::size_t i = 0; i < certification::question_count; ++i) {
      for (auto kind : {tws::evidence_kind::document, tws::evidence_kind::record,
                        tws::evidence_kind::configuration, tws::evidence_kind::observation}) {
        a.add_evidence(i, kind);
      }
    }
    return rate(a);
  }();
  STATIC_REQUIRE(evidenced.unverified.none());
  STATIC_REQUIRE(evidenced.audit_grade == grade::A);
  // A self-declaration never verifies a yes.
  constexpr auto declared = [] {
    auto a = exemplary();
    a.policy = tws::evidence_policy::audit;
    for (std::size_t i = 0; i < certification::question_count; ++i) {
      a.add_evidence(i, tws::evidence_kind::self_declaration);
    }
    return rate(a);
  }();
  STATIC_REQUIRE(declared.unverified.count() == 56);
  // 1.3.1 (the incident manual) accepts a document; an observation does not
  // verify it → 1.3 partial; under self-assessment the same answers are A.
  constexpr auto wrong_kind = [] {
    auto a = exemplary();
    a.add_evidence(q("1.3.1"), tws::evidence_kind::observation);
    return a;
  }();
  STATIC_REQUIRE(rate(wrong_kind).audit_grade == grade::A);
  constexpr auto audited = [&] {
    auto a = wrong_kind;
    a.policy = tws::evidence_policy::audit;
    return rate(a);
  }();
  STATIC_REQUIRE(audited.unverified.test(q("1.3.1")));
  STATIC_REQUIRE(audited.measure_status[m("1.3")] == status::partial);
}

TEST_CASE("the same assessment gives the same result at run time", "[evaluate]") {
  // The run-time path must agree with the compile-time one, field by field.
  constexpr auto at_compile_time = rate(with(exemplary(), "2.5.2", no));
  auto a = with(exemplary(), "2.5.2", no);
  const auto at_run_time = rate(a);
  REQUIRE(at_run_time == at_compile_time);
  REQUIRE(at_run_time.level.stars == 3);
}
