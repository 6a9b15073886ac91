// Tests of expiry.hpp (issue 13 item 5): an exclusion holds through its last
// day and is withdrawn the day after; it is reported as expiring from 30 days
// before its last day (both ends included). Each case names the rule and
// derives its grades by hand from SPEC §3–§5.

#include "teleworksec/expiry.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <string_view>

#include "teleworksec/catalogs/coworking_v2.hpp"
#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/ids.hpp"

namespace {

namespace tws = teleworksec;
using tws::exclusion_term;
using tws::term_on;
using tws::catalogs::coworking_v2;
using tws::catalogs::coworking_v2_t;
using tws::catalogs::csaj_home_2018;
using tws::catalogs::csaj_home_2018_t;
using tws::catalogs::mic_telework_v4;
using tws::catalogs::mic_telework_v4_t;

using checklist_sheet = tws::certification_assessment<coworking_v2_t>;
constexpr std::size_t q(std::string_view id) { return *tws::find_question(coworking_v2, id); }
constexpr std::size_t m(std::string_view id) { return *tws::find_measure(coworking_v2, id); }

// Every question yes but 3.4.3 (the monthly passphrase change), na until
// 2026-12-01, rated on `day`.
constexpr auto passphrase_excluded(tws::calendar_day day) {
  checklist_sheet a{};
  a.answer_all(tws::answer::yes);
  a.set_answer(q("3.4.3"), tws::answer::not_applicable);
  tws::exclusion_ends<checklist_sheet::question_count> ends{};
  ends.last_day[q("3.4.3")] = 20261201;
  const auto e = tws::expire_na(a, ends, day);
  return std::pair{e, tws::evaluate(coworking_v2, a)};
}

}  // namespace

TEST_CASE("expiry: the last day holds, the day after it is expired", "[expiry]") {
  STATIC_REQUIRE(term_on(20261201, 20261201) == exclusion_term::expiring);
  STATIC_REQUIRE(term_on(20261201, 20261202) == exclusion_term::expired);
  STATIC_REQUIRE(term_on(20261231, 20270101) == exclusion_term::expired);
  // Without a last day, or without an evaluation day, nothing expires.
  STATIC_REQUIRE(term_on(0, 20261202) == exclusion_term::holds);
  STATIC_REQUIRE(term_on(20261201, 0) == exclusion_term::holds);
}

TEST_CASE("expiry: expiring means a last day 0 to 30 days ahead", "[expiry]") {
  // 2027-01-01 is 30 days after 2026-12-02 and 31 after 2026-12-01.
  STATIC_REQUIRE(term_on(20270101, 20261202) == exclusion_term::expiring);
  STATIC_REQUIRE(term_on(20270101, 20261201) == exclusion_term::holds);
  // Across a leap day: 2028-03-30 is 30 days after 2028-02-29.
  STATIC_REQUIRE(term_on(20280330, 20280229) == exclusion_term::expiring);
  STATIC_REQUIRE(term_on(20280331, 20280229) == exclusion_term::holds);
}

TEST_CASE("expiry: an expired na is unanswered again", "[expiry][certification]") {
  // On its last day the na holds: 3.4.3 is not applicable, measure 3.4's
  // other questions are yes, so every measure is compliant: audit A, not
  // provisional; the exclusion is reported as expiring.
  constexpr auto holds = passphrase_excluded(20261201);
  STATIC_REQUIRE(holds.first.expiring.test(q("3.4.3")));
  STATIC_REQUIRE(holds.first.expired.none());
  STATIC_REQUIRE(holds.second.explicit_na.test(q("3.4.3")));
  STATIC_REQUIRE(holds.second.audit_grade == tws::grade::A);
  STATIC_REQUIRE(!holds.second.provisional);
  // The day after it is unanswered, so counts as no (SPEC §3): basic measure
  // 3.4 is partial, the ★ column (● on every basic item) fails and no basic
  // measure of category 1 is noncompliant: audit D, provisional with 1.
  constexpr auto expired = passphrase_excluded(20261202);
  STATIC_REQUIRE(expired.first.expired.test(q("3.4.3")));
  STATIC_REQUIRE(expired.first.expiring.none());
  STATIC_REQUIRE(!expired.second.explicit_na.test(q("3.4.3")));
  STATIC_REQUIRE(expired.second.unanswered.test(q("3.4.3")));
  STATIC_REQUIRE(expired.second.audit_grade == tws::grade::D);
  STATIC_REQUIRE(expired.second.provisional);
  STATIC_REQUIRE(expired.second.unanswered_count == 1);
}

TEST_CASE("expiry: only exclusions expire", "[expiry]") {
  // A last day on a yes (which the JSON reader refuses) changes nothing: the
  // yes stays, and nothing is reported.
  constexpr auto r = [] {
    checklist_sheet a{};
    a.answer_all(tws::answer::yes);
    tws::exclusion_ends<checklist_sheet::question_count> ends{};
    ends.last_day[q("1.1.1")] = 20200101;
    const auto e = tws::expire_na(a, ends, 20261202);
    return std::pair{e, a.answer_at(q("1.1.1"))};
  }();
  STATIC_REQUIRE(r.first.expired.none());
  STATIC_REQUIRE(r.second == tws::answer::yes);
}

TEST_CASE("expiry: an expired override gives the derived status back", "[expiry][certification]") {
  // Every question yes; the inspector sets advanced measure 3.8 noncompliant
  // until 2026-12-31. While it holds, 3.8 fails its ▲ (★★) and ● (★★★)
  // marks but its ★ mark is -: audit C. On 2027-01-01 it is withdrawn: 3.8
  // is derived compliant again and every mark is met: audit A.
  constexpr auto rate_on = [](tws::calendar_day day) {
    checklist_sheet a{};
    a.answer_all(tws::answer::yes);
    a.override_status(m("3.8"), tws::status::noncompliant);
    tws::exclusion_ends<checklist_sheet::measure_count> ends{};
    ends.last_day[m("3.8")] = 20261231;
    const auto e = tws::expire_overrides(a, ends, day);
    return std::pair{e, tws::evaluate(coworking_v2, a)};
  };
  constexpr auto holds = rate_on(20261231);
  STATIC_REQUIRE(holds.first.expiring.test(m("3.8")));
  STATIC_REQUIRE(holds.second.overridden.test(m("3.8")));
  STATIC_REQUIRE(holds.second.audit_grade == tws::grade::C);
  constexpr auto expired = rate_on(20270101);
  STATIC_REQUIRE(expired.first.expired.test(m("3.8")));
  STATIC_REQUIRE(!expired.second.overridden.test(m("3.8")));
  STATIC_REQUIRE(expired.second.measure_status[m("3.8")] == tws::status::compliant);
  STATIC_REQUIRE(expired.second.audit_grade == tws::grade::A);
}

TEST_CASE("expiry: expired tailoring opens the statement again", "[expiry][csaj]") {
  // Every statement implemented but SHALL 5.1.1.1, not_needed until
  // 2026-12-01. On that day it is tailored out: conformant, nothing open. On
  // 2026-12-02 it is undecided: open, a nonconforming SHALL, provisional,
  // and the only statement of the plan.
  constexpr auto rate_on = [](tws::calendar_day day) {
    tws::policy_assessment<csaj_home_2018_t> a{};
    a.evaluated_on = day;
    a.decide_all(tws::decision::implemented);
    const auto n = *tws::find_answer(csaj_home_2018, "5.1.1.1");
    a.decide(n, tws::decision::not_needed);
    tws::exclusion_ends<csaj_home_2018_t::item_count> ends{};
    ends.last_day[n] = 20261201;
    const auto e = tws::expire_not_needed(a, ends, day);
    return std::pair{e, tws::evaluate(csaj_home_2018, a)};
  };
  constexpr auto n = *tws::find_answer(csaj_home_2018, "5.1.1.1");
  constexpr auto holds = rate_on(20261201);
  STATIC_REQUIRE(holds.first.expiring.test(n));
  STATIC_REQUIRE(holds.second.conformant);
  STATIC_REQUIRE(holds.second.plan_size == 0);
  constexpr auto expired = rate_on(20261202);
  STATIC_REQUIRE(expired.first.expired.test(n));
  STATIC_REQUIRE(!expired.second.conformant);
  STATIC_REQUIRE(expired.second.nonconforming.test(n));
  STATIC_REQUIRE(expired.second.provisional);
  STATIC_REQUIRE(expired.second.plan_size == 1);
  STATIC_REQUIRE(expired.second.plan[0] == n);
}

TEST_CASE("expiry: an expired na of a self-check item counts against its group", "[expiry][mic]") {
  // Every item yes but worker/13 (encryption in transit, basic, group 4), na
  // until 2026-12-01: on that day every group is at recommended. The day
  // after, worker/13 is unanswered, so a basic item of group 4 is not
  // implemented: basic_unmet (the weakest stave), provisional.
  constexpr auto rate_on = [](tws::calendar_day day) {
    tws::self_check_assessment<mic_telework_v4_t> a{};
    a.answer_all(tws::answer::yes);
    const auto i = *tws::find_answer(mic_telework_v4, "worker/13");
    a.set_answer(i, tws::answer::not_applicable);
    tws::exclusion_ends<mic_telework_v4_t::item_count> ends{};
    ends.last_day[i] = 20261201;
    tws::expire_na(a, ends, day);
    return tws::evaluate(mic_telework_v4, a);
  };
  STATIC_REQUIRE(rate_on(20261201).level == tws::self_check_level::recommended);
  STATIC_REQUIRE(!rate_on(20261201).provisional);
  STATIC_REQUIRE(rate_on(20261202).level == tws::self_check_level::basic_unmet);
  STATIC_REQUIRE(rate_on(20261202).provisional);
}
