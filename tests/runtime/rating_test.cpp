// The rule functions of rating.hpp (SPEC §4), and a tailored rule set.

#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace fixtures;
using tws::certification_rules;
using tws::check_outcome;
using tws::grade;
using tws::mark;
using tws::severity;
using tws::status;

TEST_CASE("audit marks: ● needs compliant or n/a, ▲ also partial, - nothing", "[rating]") {
  STATIC_REQUIRE(certification_rules::item_meets(mark::required, status::compliant));
  STATIC_REQUIRE(certification_rules::item_meets(mark::required, status::not_applicable));
  STATIC_REQUIRE_FALSE(certification_rules::item_meets(mark::required, status::partial));
  STATIC_REQUIRE(certification_rules::item_meets(mark::partial_ok, status::partial));
  STATIC_REQUIRE_FALSE(certification_rules::item_meets(mark::partial_ok, status::noncompliant));
  STATIC_REQUIRE(certification_rules::item_meets(mark::not_assessed, status::noncompliant));
}

TEST_CASE("check grades: passed A, findings B–E by worst severity", "[rating]") {
  STATIC_REQUIRE(certification_rules::check_grade(check_outcome::passed()) == grade::A);
  STATIC_REQUIRE(certification_rules::check_grade(check_outcome::findings(severity::low)) ==
                 grade::B);
  STATIC_REQUIRE(certification_rules::check_grade(check_outcome::findings(severity::medium)) ==
                 grade::C);
  STATIC_REQUIRE(certification_rules::check_grade(check_outcome::findings(severity::high)) ==
                 grade::D);
  STATIC_REQUIRE(certification_rules::check_grade(check_outcome::findings(severity::urgent)) ==
                 grade::E);
  // The worst of several findings decides.
  constexpr auto two = [] {
    auto o = check_outcome::findings(severity::low);
    o.add_finding(severity::high);
    o.add_finding(severity::medium);
    return o;
  }();
  STATIC_REQUIRE(certification_rules::check_grade(two) == grade::D);
}

TEST_CASE("check marks: ● A–B, ▲ A–C, performed or n/a", "[rating]") {
  constexpr auto b = check_outcome::findings(severity::low);
  constexpr auto c = check_outcome::findings(severity::medium);
  STATIC_REQUIRE(certification_rules::check_meets(mark::required, b));
  STATIC_REQUIRE_FALSE(certification_rules::check_meets(mark::required, c));
  STATIC_REQUIRE(certification_rules::check_meets(mark::partial_ok, c));
  STATIC_REQUIRE_FALSE(
      certification_rules::check_meets(mark::partial_ok, check_outcome::findings(severity::high)));
  STATIC_REQUIRE_FALSE(
      certification_rules::check_meets(mark::partial_ok, check_outcome::not_performed()));
  STATIC_REQUIRE(certification_rules::check_meets(mark::required, check_outcome::not_applicable()));
  STATIC_REQUIRE(
      certification_rules::check_meets(mark::not_assessed, check_outcome::not_performed()));
}

TEST_CASE("audit grade from the columns met", "[rating]") {
  STATIC_REQUIRE(certification_rules::audit_grade({true, true, true}, false) == grade::A);
  STATIC_REQUIRE(certification_rules::audit_grade({true, true, false}, false) == grade::B);
  STATIC_REQUIRE(certification_rules::audit_grade({true, false, false}, false) == grade::C);
  STATIC_REQUIRE(certification_rules::audit_grade({false, false, false}, false) == grade::D);
  STATIC_REQUIRE(certification_rules::audit_grade({false, false, false}, true) == grade::E);
}

namespace {
// A tailored policy, as 003 §4.5 and 002 invite: an inspector who accepts a
// noncompliant advanced measure under ▲ (a softer ★★ column).
struct lenient_rules : certification_rules {
  static constexpr std::string_view version = "example/lenient/1";
  static constexpr bool item_meets(mark m, status s) noexcept {
    return m == mark::partial_ok || certification_rules::item_meets(m, s);
  }
};
}  // namespace

TEST_CASE("a tailored rule set is a template parameter", "[rating]") {
  // 2.6.1 no → 2.6 noncompliant: C by the default rules (▲ unmet), B when ▲
  // accepts anything.
  constexpr auto a = with(exemplary(), "2.6.1", tws::answer::no);
  constexpr auto standard = tws::evaluate(certification_v2, a);
  constexpr auto lenient = tws::evaluate<lenient_rules>(certification_v2, a);
  STATIC_REQUIRE(standard.audit_grade == grade::C);
  STATIC_REQUIRE(lenient.audit_grade == grade::B);
  // The fingerprint tells the two apart.
  STATIC_REQUIRE(standard.fingerprint != lenient.fingerprint);
}
