// Tests of risk_rating.hpp with coworking-user: hand-worked cases whose
// residual risks follow from the mitigation table in
// catalogs/coworking_user.hpp (README, Interpretations), at compile time and
// at run time.

#include <catch2/catch.hpp>
#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/ids.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::coworking_user;
using tws::catalogs::coworking_user_t;
using sheet = tws::risk_assessment<coworking_user_t>;

constexpr std::size_t measure(std::string_view id) {
  return *tws::find_answer(coworking_user, id);
}
constexpr std::size_t risk(std::string_view id) { return *tws::find_risk(coworking_user, id); }

// Every measure answered no, then the given ones yes.
constexpr sheet with_yes(std::initializer_list<std::string_view> ids) {
  sheet a;
  a.answer_all(tws::answer::no);
  for (auto id : ids) a.set_answer(measure(id), tws::answer::yes);
  return a;
}

template <class Rules = tws::risk_rules>
constexpr auto rate(const sheet& a) {
  return tws::evaluate<Rules>(coworking_user, a);
}

// The defaults' version, one decision changed: a measure answered "na" (not
// needed where the staff work) counts as mitigating its risks.
struct na_mitigates : tws::risk_rules {
  static constexpr bool mitigates(tws::answer a) noexcept {
    return a == tws::answer::yes || a == tws::answer::not_applicable;
  }
};
static_assert(na_mitigates::version == tws::risk_rules::version);

}  // namespace

TEST_CASE("coworking-user: nothing answered leaves every risk and is provisional", "[risk]") {
  constexpr auto r = rate(sheet{});
  STATIC_REQUIRE(r.residual.count() == 10);
  STATIC_REQUIRE(r.unanswered_count == 19);
  STATIC_REQUIRE(r.provisional);
  // Groups 1–5 hold 5, 5, 3, 3 and 3 measures (004 「有効な対策」).
  STATIC_REQUIRE(r.groups[0] == tws::tally{0, 5});
  STATIC_REQUIRE(r.groups[1] == tws::tally{0, 5});
  STATIC_REQUIRE(r.groups[4] == tws::tally{0, 3});
  STATIC_REQUIRE(r.overall == tws::tally{0, 19});
}

TEST_CASE("coworking-user: a VPN alone covers only network eavesdropping", "[risk]") {
  // 2.1 VPNの活用 mitigates 1.4 ネットワーク盗聴・ハッキング and nothing else.
  constexpr auto r = rate(with_yes({"2.1"}));
  STATIC_REQUIRE(!r.provisional);
  STATIC_REQUIRE(r.residual.count() == 9);
  STATIC_REQUIRE(!r.residual.test(risk("risk/1.4")));
  STATIC_REQUIRE(r.groups[1] == tws::tally{1, 5});
}

TEST_CASE("coworking-user: six measures leave only distraction uncovered", "[risk]") {
  // 1.3 → 1.1; 1.2 → 1.2; 3.2 → 1.3, 3.1; 2.1 → 1.4; 4.1 → 2.1, 2.2, 4.2;
  // 5.2 → 3.2. Risk 4.1 (注意不足) needs 1.4, 3.3 or 4.2: none is implemented.
  constexpr auto r = rate(with_yes({"1.3", "1.2", "3.2", "2.1", "4.1", "5.2"}));
  STATIC_REQUIRE(r.residual.count() == 1);
  STATIC_REQUIRE(r.residual.test(risk("risk/4.1")));
  STATIC_REQUIRE(r.overall == tws::tally{6, 19});
  // Training (4.2) covers 4.1 too: no residual risk left.
  auto more = with_yes({"1.3", "1.2", "3.2", "2.1", "4.1", "5.2", "4.2"});
  CHECK(rate(more).residual.none());
}

TEST_CASE("coworking-user: na removes a measure from its group, not from the risks", "[risk]") {
  // 4.3 NDA の管理 answered na: group 4 has 2 applicable measures; risk 2.1
  // stays residual until 4.1 or 4.2 (or 1.1) is implemented.
  constexpr auto r = [] {
    sheet a = with_yes({});
    a.set_answer(measure("4.3"), tws::answer::not_applicable);
    return rate(a);
  }();
  STATIC_REQUIRE(r.groups[3] == tws::tally{0, 2});
  STATIC_REQUIRE(r.explicit_na.test(measure("4.3")));
  STATIC_REQUIRE(r.residual.test(risk("risk/2.1")));
  STATIC_REQUIRE(r.overall.applicable == 18);
}

TEST_CASE("coworking-user: a rule changed under the same version changes risks and fingerprint",
          "[risk][tailored]") {
  // Risk 2.1 契約・規定違反 is mitigated by 1.1, 4.1, 4.2 and 4.3 (the table in
  // coworking_user.hpp). All measures no, 4.3 NDA の管理 na: by default a
  // measure answered na mitigates nothing → all 10 risks residual. Under
  // na_mitigates, 4.3 mitigates 2.1, its only risk → 2.1 leaves, 9 remain.
  constexpr auto a = [] {
    sheet s = with_yes({});
    s.set_answer(measure("4.3"), tws::answer::not_applicable);
    return s;
  }();
  constexpr auto standard = rate(a);
  constexpr auto tailored = rate<na_mitigates>(a);
  STATIC_REQUIRE(standard.residual.count() == 10);
  STATIC_REQUIRE(standard.residual.test(risk("risk/2.1")));
  STATIC_REQUIRE(tailored.residual.count() == 9);
  STATIC_REQUIRE(!tailored.residual.test(risk("risk/2.1")));
  // Applicability is not the rule's to change: 4.3 stays out of its group.
  STATIC_REQUIRE(tailored.groups[3] == tws::tally{0, 2});
  STATIC_REQUIRE(tailored.overall == standard.overall);
  // Only the mitigates table differs, at "na"; the fingerprint hashes it.
  constexpr const auto& defaults = tws::rule_tables_v<tws::catalog_kind::risk, tws::risk_rules>;
  constexpr const auto& changed = tws::rule_tables_v<tws::catalog_kind::risk, na_mitigates>;
  constexpr auto na = static_cast<std::size_t>(tws::answer::not_applicable);
  STATIC_REQUIRE(!defaults.mitigates[na]);
  STATIC_REQUIRE(changed.mitigates[na]);
  STATIC_REQUIRE(tailored.fingerprint == tws::fingerprint_v<coworking_user_t, na_mitigates>);
  STATIC_REQUIRE(tailored.fingerprint != standard.fingerprint);
}

TEST_CASE("coworking-user: the default rules tabulated", "[risk][tables]") {
  // Only a measure answered yes mitigates; unanswered, no and na do not.
  constexpr const auto& t = tws::rule_tables_v<tws::catalog_kind::risk, tws::risk_rules>;
  STATIC_REQUIRE(t.mitigates[static_cast<std::size_t>(tws::answer::yes)]);
  STATIC_REQUIRE(!t.mitigates[static_cast<std::size_t>(tws::answer::no)]);
  STATIC_REQUIRE(!t.mitigates[static_cast<std::size_t>(tws::answer::unanswered)]);
  STATIC_REQUIRE(!t.mitigates[static_cast<std::size_t>(tws::answer::not_applicable)]);
}

TEST_CASE("coworking-user: every measure implemented leaves no residual risk", "[risk]") {
  constexpr auto r = [] {
    sheet a;
    a.answer_all(tws::answer::yes);
    return rate(a);
  }();
  STATIC_REQUIRE(r.residual.none());
  STATIC_REQUIRE(r.overall == tws::tally{19, 19});
  STATIC_REQUIRE(r.fingerprint == tws::fingerprint_v<coworking_user_t>);
}
