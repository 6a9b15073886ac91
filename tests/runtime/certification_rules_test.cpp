// The rule functions of certification_rules.hpp (SPEC §4), their tables
// (rule_tables_v), and tailored rule sets: hand-worked cases whose expected
// grades follow from the rule they change.

#include <catch2/catch.hpp>
#include <cstdint>
#include <string_view>

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
constexpr std::uint8_t bit(status s) {
  return static_cast<std::uint8_t>(1U << static_cast<unsigned>(s));
}
}  // namespace

TEST_CASE("the default rules tabulated: what the engine reads and the fingerprint hashes",
          "[rating][tables]") {
  constexpr const auto& t =
      tws::rule_tables_v<tws::catalog_kind::certification, certification_rules>;
  // Audit marks per status: ● compliant or n/a; ▲ anything but noncompliant; - anything.
  STATIC_REQUIRE(t.item_met_by[0] == (bit(status::compliant) | bit(status::not_applicable)));
  STATIC_REQUIRE(t.item_met_by[1] ==
                 (bit(status::compliant) | bit(status::partial) | bit(status::not_applicable)));
  STATIC_REQUIRE(t.item_met_by[2] == (bit(status::compliant) | bit(status::partial) |
                                      bit(status::noncompliant) | bit(status::not_applicable)));
  // Check grades per outcome: passed A, urgent findings E.
  STATIC_REQUIRE(t.outcome_grade[check_outcome::passed().code()] == grade::A);
  STATIC_REQUIRE(t.outcome_grade[check_outcome::findings(severity::urgent).code()] == grade::E);
  // Audit grade by the columns met (bit 0 ★, bit 1 ★★, bit 2 ★★★) and governance.
  STATIC_REQUIRE(t.audit_grade[0b111][0] == grade::A);
  STATIC_REQUIRE(t.audit_grade[0b011][0] == grade::B);
  STATIC_REQUIRE(t.audit_grade[0b001][0] == grade::C);
  STATIC_REQUIRE(t.audit_grade[0b000][0] == grade::D);
  STATIC_REQUIRE(t.audit_grade[0b000][1] == grade::E);
  STATIC_REQUIRE(t.governance_category == 0);  // 1 管理体制
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

namespace {
// The same version as the defaults, one decision changed: the category whose
// noncompliant basic measures make the audit grade E is 3 ネットワーク
// (0-based 2) instead of 1 管理体制. Whoever forgot to change the version
// still cannot pass the result off as a default one.
struct network_is_governance : certification_rules {
  static constexpr std::uint8_t governance_category = 2;
};
static_assert(network_is_governance::version == certification_rules::version);
}  // namespace

TEST_CASE("a rule changed under the same version changes the grade and the fingerprint",
          "[rating][tailored]") {
  // 3.6.1 (network separation, the only question of 3.6, audit 18 ● ● ●) no →
  // 3.6 noncompliant, a basic measure of category 3. The ★ column is unmet, so
  // the grade is D or E. Default rules: E needs a noncompliant basic measure
  // of category 1; 3.6 is not one → D. Tailored: category 3 is the governance
  // category and 3.6 a noncompliant basic measure of it → E.
  constexpr auto a = with(exemplary(), "3.6.1", tws::answer::no);
  constexpr auto standard = tws::evaluate(certification_v2, a);
  constexpr auto tailored = tws::evaluate<network_is_governance>(certification_v2, a);
  STATIC_REQUIRE(standard.measure_status[m("3.6")] == status::noncompliant);
  STATIC_REQUIRE(standard.audit_grade == grade::D);
  STATIC_REQUIRE(tailored.audit_grade == grade::E);
  // Everything else is rated alike: both are 認証不可.
  STATIC_REQUIRE(standard.level.stars == 0);
  STATIC_REQUIRE(tailored.level.stars == 0);
  // The tables differ in governance_category alone, and the fingerprint,
  // which hashes the tables, tells the two rule sets apart.
  STATIC_REQUIRE(
      tws::rule_tables_v<tws::catalog_kind::certification, network_is_governance>.governance_category ==
      2);
  STATIC_REQUIRE(
      tws::rule_tables_v<tws::catalog_kind::certification, certification_rules>.governance_category ==
      0);
  STATIC_REQUIRE(tailored.fingerprint ==
                 tws::fingerprint_v<tws::catalogs::certification_v2_t, network_is_governance>);
  STATIC_REQUIRE(tailored.fingerprint != standard.fingerprint);
}
