// Hand-worked cases for gaps_to_next_level() of certification_gaps.hpp (SPEC §4
// "Gaps"): for the next level up, exactly the unmet conditions of its row of
// the 認証レベル table.

#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace fixtures;
using tws::answer;
using tws::check_outcome;
using tws::grade;
using tws::severity;

namespace {
constexpr auto gaps_of(const certification& a) {
  return tws::gaps_to_next_level(certification_v2, rate(a));
}
}  // namespace

TEST_CASE("★★★★ has no next level", "[gaps]") {
  constexpr auto g = gaps_of(exemplary());
  STATIC_REQUIRE(g.target_stars == 0);
  STATIC_REQUIRE(g.none());
}

TEST_CASE("an indicative ★★★★ aims at ★★★★ itself: the diagnosis", "[gaps]") {
  // All yes, no check performed → indicative ★★★★. Nothing in the audit
  // blocks it; the ★★★ column of the diagnosis needs all 32 checks.
  constexpr auto g = [] {
    auto a = exemplary();
    a.diagnose_all(check_outcome::not_performed());
    return gaps_of(a);
  }();
  STATIC_REQUIRE(g.target_stars == 4);
  STATIC_REQUIRE(g.diagnosis_missing);
  STATIC_REQUIRE(g.audit_items.none());
  STATIC_REQUIRE(g.checks_not_performed.count() == 32);
  STATIC_REQUIRE_FALSE(g.none());
}

TEST_CASE("a diagnosis grade blocks ★★★", "[gaps]") {
  // Audit A, check 31 medium → diagnosis C → ★★. ★★★ needs diagnosis ≤ B and
  // its ★★ column: check 31 is ● there and C fails it. Nothing in the audit.
  constexpr auto g =
      gaps_of(with_check(exemplary(), 31, check_outcome::findings(severity::medium)));
  STATIC_REQUIRE(g.target_stars == 3);
  STATIC_REQUIRE(g.audit_items.none());
  STATIC_REQUIRE(g.checks_too_low.count() == 1);
  STATIC_REQUIRE(g.checks_too_low.test(k(31)));
  STATIC_REQUIRE(g.checks_not_performed.none());
  STATIC_REQUIRE(g.diagnosis_grade_blocks);
  STATIC_REQUIRE(g.diagnosis_grade_needed == grade::B);
  STATIC_REQUIRE_FALSE(g.audit_grade_blocks);
}

TEST_CASE("an advanced measure blocks ★★★ with its failing question", "[gaps]") {
  // 2.6.1 no → audit C → ★★. ★★★ needs audit ≤ B: its ★★ column has ▲ on
  // audit 11 (2.6), unmet by noncompliant; the failing question is 2.6.1.
  constexpr auto g = gaps_of(with(exemplary(), "2.6.1", answer::no));
  STATIC_REQUIRE(g.target_stars == 3);
  STATIC_REQUIRE(g.audit_items.count() == 1);
  STATIC_REQUIRE(g.audit_items.test(m("2.6")));
  STATIC_REQUIRE(g.questions.count() == 1);
  STATIC_REQUIRE(g.questions.test(q("2.6.1")));
  STATIC_REQUIRE(g.audit_grade_blocks);
  STATIC_REQUIRE(g.audit_grade_needed == grade::B);
  STATIC_REQUIRE(g.checks_too_low.none());
}

TEST_CASE("a check not performed blocks the level its column needs", "[gaps]") {
  // Check 3 not performed → ★★ (see certification_rating_test.cpp). ★★★ needs
  // it (▲ in ★★).
  constexpr auto g = gaps_of(with_check(exemplary(), 3, check_outcome::not_performed()));
  STATIC_REQUIRE(g.target_stars == 3);
  STATIC_REQUIRE(g.checks_not_performed.count() == 1);
  STATIC_REQUIRE(g.checks_not_performed.test(k(3)));
  STATIC_REQUIRE_FALSE(g.diagnosis_grade_blocks);
}

TEST_CASE("from 認証不可 without diagnosis: audit items and the ★ checks", "[gaps]") {
  // 3.6.1 no → audit D; no check performed → indicative 認証不可. ★★ needs
  // audit ≤ C (audit 18 in its ★ column) and the ★ column of the diagnosis:
  // the eight ▲ checks 1, 2, 23, 24, 27, 28, 30, 31, none performed.
  constexpr auto g = [] {
    auto a = with(exemplary(), "3.6.1", answer::no);
    a.diagnose_all(check_outcome::not_performed());
    return gaps_of(a);
  }();
  STATIC_REQUIRE(g.target_stars == 2);
  STATIC_REQUIRE(g.diagnosis_missing);
  STATIC_REQUIRE(g.audit_items.count() == 1);
  STATIC_REQUIRE(g.audit_items.test(m("3.6")));
  STATIC_REQUIRE(g.questions.test(q("3.6.1")));
  STATIC_REQUIRE(g.audit_grade_needed == grade::C);
  STATIC_REQUIRE(g.checks_not_performed.count() == 8);
  for (std::size_t no : {1U, 2U, 23U, 24U, 27U, 28U, 30U, 31U}) {
    REQUIRE(g.checks_not_performed.test(k(no)));
  }
}

TEST_CASE("an overridden item is listed without questions", "[gaps]") {
  // 1.1.1 no and the inspector sets 1.1 to noncompliant → E. ★★ lists audit 1
  // but no question: the status was set, not derived.
  constexpr auto g = [] {
    auto a = with(exemplary(), "1.1.1", answer::no);
    a.override_status(m("1.1"), tws::status::noncompliant);
    return gaps_of(a);
  }();
  STATIC_REQUIRE(g.target_stars == 2);
  STATIC_REQUIRE(g.audit_items.test(m("1.1")));
  STATIC_REQUIRE(g.questions.none());
}
