// Hand-worked cases for self_check_rating.hpp with mic-telework-v4 (SPEC §5):
// per role and group, implemented / applicable; a group is at "basic" when
// its applicable basic items are all implemented and at "recommended" when
// every applicable item is; the overall level is the weakest group's.
// Facts from 002: groups 1–6 (大枠, マルウェア, 紛失・盗難, 盗聴, 不正アクセス,
// 外部サービス); group 3 (admin 12, worker 11, 12) has recommended items only;
// admin 13 and worker 2 have no block and count as basic; worker 11 applies to
// pattern ⑥, admin 14 and worker 16 to ①②⑤⑥; admin 9 only with BYOD.

#include <catch2/catch.hpp>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "teleworksec/catalogs/mic_telework_v4.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/ids.hpp"

namespace {

namespace tws = teleworksec;
using tws::self_check_level;
using tws::catalogs::mic_telework_v4;
using tws::catalogs::mic_telework_v4_t;
using sheet = tws::self_check_assessment<mic_telework_v4_t>;

constexpr std::size_t item(std::string_view id) { return *tws::find_answer(mic_telework_v4, id); }
constexpr std::size_t fact(std::string_view id) { return *tws::find_fact(mic_telework_v4, id); }

// Every item yes, then the given ones no.
constexpr sheet all_yes_but(std::initializer_list<std::string_view> no) {
  sheet a;
  a.answer_all(tws::answer::yes);
  for (auto id : no) a.set_answer(item(id), tws::answer::no);
  return a;
}

template <class Rules = tws::self_check_rules>
constexpr auto rate(const sheet& a) {
  return tws::evaluate<Rules>(mic_telework_v4, a);
}

// Rules that do not count items without a block as basic: such an item is
// optional, as if it had only a 推奨対策事項 block.
struct unmarked_optional : tws::self_check_rules {
  static constexpr std::string_view version = "self-check/unmarked-optional";
  static constexpr bool counts_as_basic(bool basic_block, bool /*recommended_block*/) noexcept {
    return basic_block;
  }
};

// The defaults' version, one decision changed: every item counts as basic,
// also one with only a 推奨対策事項 block.
struct everything_basic : tws::self_check_rules {
  static constexpr bool counts_as_basic(bool /*basic_block*/, bool /*recommended_block*/) noexcept {
    return true;
  }
};
static_assert(everything_basic::version == tws::self_check_rules::version);

}  // namespace

TEST_CASE("mic: every item implemented reaches recommended in every group", "[mic][self_check]") {
  constexpr auto r = rate(all_yes_but({}));
  STATIC_REQUIRE(r.level == self_check_level::recommended);
  STATIC_REQUIRE(r.rated_groups.count() == 6);
  STATIC_REQUIRE(r.weakest.count() == 6);
  STATIC_REQUIRE(r.unmet_basic.none());
  STATIC_REQUIRE(r.unmet_recommended.none());
  STATIC_REQUIRE(!r.provisional);
  // Executives have five items, all in group 1.
  STATIC_REQUIRE(r.by_role_group[0][0] == tws::tally{5, 5});
  STATIC_REQUIRE(r.by_role[1] == tws::tally{18, 18});
  STATIC_REQUIRE(r.by_role[2] == tws::tally{20, 20});
}

TEST_CASE("mic: one unmet recommended item lowers its group to basic", "[mic][self_check]") {
  // admin 1 has only a 推奨対策事項 block (group 1).
  constexpr auto r = rate(all_yes_but({"admin/1"}));
  STATIC_REQUIRE(r.group_level[0] == self_check_level::basic);
  STATIC_REQUIRE(r.level == self_check_level::basic);
  STATIC_REQUIRE(r.weakest.count() == 1);
  STATIC_REQUIRE(r.weakest.test(0));
  STATIC_REQUIRE(r.unmet_recommended.count() == 1);
  STATIC_REQUIRE(r.unmet_recommended.test(item("admin/1")));
  STATIC_REQUIRE(r.by_group[0] == tws::tally{12, 13});
}

TEST_CASE("mic: the weakest group decides, basic gaps before recommended", "[mic][self_check]") {
  // worker 13 is basic (group 4); admin 12 recommended (group 3).
  constexpr auto r = rate(all_yes_but({"worker/13", "admin/12"}));
  STATIC_REQUIRE(r.group_level[3] == self_check_level::basic_unmet);
  STATIC_REQUIRE(r.group_level[2] == self_check_level::basic);
  STATIC_REQUIRE(r.level == self_check_level::basic_unmet);
  STATIC_REQUIRE(r.weakest.count() == 1);
  STATIC_REQUIRE(r.weakest.test(3));
  STATIC_REQUIRE(r.unmet_basic.count() == 1);
  STATIC_REQUIRE(r.unmet_basic.test(item("worker/13")));
  STATIC_REQUIRE(r.unmet_recommended.test(item("admin/12")));
}

TEST_CASE("mic: a group of recommended items only is at basic when none is done",
          "[mic][self_check]") {
  constexpr auto r = rate(all_yes_but({"admin/12", "worker/11", "worker/12"}));
  STATIC_REQUIRE(r.by_group[2] == tws::tally{0, 3});
  STATIC_REQUIRE(r.group_level[2] == self_check_level::basic);
  STATIC_REQUIRE(r.level == self_check_level::basic);
}

TEST_CASE("mic: an item without a block counts as basic unless the rules say otherwise",
          "[mic][self_check]") {
  // admin 13 (group 4) has neither block.
  constexpr auto strict = rate(all_yes_but({"admin/13"}));
  STATIC_REQUIRE(strict.level == self_check_level::basic_unmet);
  STATIC_REQUIRE(strict.unmet_basic.test(item("admin/13")));
  constexpr auto lenient = rate<unmarked_optional>(all_yes_but({"admin/13"}));
  STATIC_REQUIRE(lenient.level == self_check_level::basic);
  STATIC_REQUIRE(lenient.unmet_recommended.test(item("admin/13")));
  // Tailored rules are visible in the fingerprint.
  STATIC_REQUIRE(lenient.fingerprint != strict.fingerprint);
}

TEST_CASE("mic: a rule changed under the same version changes the level and the fingerprint",
          "[mic][self_check][tailored]") {
  // admin 1 (group 1) has only a 推奨対策事項 block. Default rules:
  // counts_as_basic(false, true) is false, so admin 1 no leaves group 1's basic
  // items all implemented but not all its items → group 1 at basic; every
  // other group at recommended → the weakest, basic. Tailored: admin 1 counts
  // as basic → group 1 basic_unmet → level basic_unmet, admin 1 a basic gap.
  constexpr auto a = all_yes_but({"admin/1"});
  constexpr auto standard = rate(a);
  constexpr auto tailored = rate<everything_basic>(a);
  STATIC_REQUIRE(standard.level == self_check_level::basic);
  STATIC_REQUIRE(standard.unmet_recommended.test(item("admin/1")));
  STATIC_REQUIRE(tailored.group_level[0] == self_check_level::basic_unmet);
  STATIC_REQUIRE(tailored.level == self_check_level::basic_unmet);
  STATIC_REQUIRE(tailored.unmet_basic.test(item("admin/1")));
  STATIC_REQUIRE(tailored.unmet_recommended.none());
  // Only the basic table differs (row: no 基本 block, a 推奨 block), and the
  // fingerprint hashes it although the version is the same.
  constexpr const auto& defaults =
      tws::rule_tables_v<tws::catalog_kind::self_check, tws::self_check_rules>;
  constexpr const auto& changed =
      tws::rule_tables_v<tws::catalog_kind::self_check, everything_basic>;
  STATIC_REQUIRE(!defaults.basic[2]);
  STATIC_REQUIRE(changed.basic[2]);
  STATIC_REQUIRE(changed.level == defaults.level);
  STATIC_REQUIRE(tailored.fingerprint == tws::fingerprint_v<mic_telework_v4_t, everything_basic>);
  STATIC_REQUIRE(tailored.fingerprint != standard.fingerprint);
}

TEST_CASE("mic: the default rules tabulated", "[mic][self_check][tables]") {
  // Index = basic block + 2 × recommended block: an item with neither block
  // counts as basic (nothing the guideline lists is optional by default), one
  // with only a 推奨 block does not.
  constexpr const auto& t =
      tws::rule_tables_v<tws::catalog_kind::self_check, tws::self_check_rules>;
  STATIC_REQUIRE(t.basic == std::array<bool, 4>{true, true, false, true});
  // Index = basic met + 2 × all met.
  STATIC_REQUIRE(t.level[0] == self_check_level::basic_unmet);
  STATIC_REQUIRE(t.level[1] == self_check_level::basic);
  STATIC_REQUIRE(t.level[2] == self_check_level::basic_unmet);
  STATIC_REQUIRE(t.level[3] == self_check_level::recommended);
}

TEST_CASE("mic: patterns and BYOD decide which items apply", "[mic][self_check]") {
  constexpr auto cloud_app_only = [] {
    sheet a;
    for (int p = 1; p <= 6; ++p) a.set_fact(static_cast<std::size_t>(p - 1), p == 3);
    a.set_fact(fact("byod"), false);
    return rate(a);
  }();
  // worker 11 (⑥), admin 14 and worker 16 (①②⑤⑥), admin 9 (BYOD) drop out.
  STATIC_REQUIRE(cloud_app_only.applicable.count() == 39);
  STATIC_REQUIRE(!cloud_app_only.applicable.test(item("worker/11")));
  STATIC_REQUIRE(!cloud_app_only.applicable.test(item("admin/14")));
  STATIC_REQUIRE(!cloud_app_only.applicable.test(item("worker/16")));
  STATIC_REQUIRE(!cloud_app_only.applicable.test(item("admin/9")));
  STATIC_REQUIRE(cloud_app_only.unanswered_count == 39);

  constexpr auto take_home_pc_with_byod = [] {
    sheet a;
    for (int p = 1; p <= 6; ++p) a.set_fact(static_cast<std::size_t>(p - 1), p == 6);
    a.set_fact(fact("byod"), true);
    return rate(a);
  }();
  STATIC_REQUIRE(take_home_pc_with_byod.applicable.count() == 43);

  // A fact never stated counts as true: everything applies.
  STATIC_REQUIRE(rate(sheet{}).applicable.count() == 43);
}

TEST_CASE("mic: explicit na removes an item; nothing applicable is not a pass",
          "[mic][self_check]") {
  constexpr auto one_na = [] {
    sheet a = all_yes_but({});
    a.set_answer(item("worker/12"), tws::answer::not_applicable);
    return rate(a);
  }();
  STATIC_REQUIRE(one_na.by_group[2] == tws::tally{2, 2});
  STATIC_REQUIRE(one_na.explicit_na.count() == 1);
  STATIC_REQUIRE(one_na.level == self_check_level::recommended);

  constexpr auto all_na = [] {
    sheet a;
    a.answer_all(tws::answer::not_applicable);
    return rate(a);
  }();
  STATIC_REQUIRE(all_na.rated_groups.none());
  STATIC_REQUIRE(all_na.level == self_check_level::basic_unmet);
}

TEST_CASE("mic: unanswered counts as not implemented and marks the result provisional",
          "[mic][self_check]") {
  constexpr auto r = [] {
    sheet a = all_yes_but({});
    a.set_answer(item("executive/1"), tws::answer::unanswered);
    return rate(a);
  }();
  STATIC_REQUIRE(r.provisional);
  STATIC_REQUIRE(r.unanswered_count == 1);
  STATIC_REQUIRE(r.level == self_check_level::basic_unmet);
  STATIC_REQUIRE(r.unmet_basic.test(item("executive/1")));
}
