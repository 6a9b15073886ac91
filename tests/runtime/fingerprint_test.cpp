// Tests of fingerprint.hpp (SPEC §6): a constexpr hash of catalog content and
// of the rules' version and tabulated decisions. Each kind's rating test shows
// a rule changed under the same version changing the fingerprint of a result.

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fixtures.hpp"

using namespace fixtures;
using tws::catalogs::certification_v2_t;
using tws::catalogs::coworking_user_t;
using tws::catalogs::coworking_v2_t;
using tws::catalogs::csaj_home_2018_t;
using tws::catalogs::mic_telework_v4_t;

namespace {
struct same_tables_new_version : tws::certification_rules {
  static constexpr std::string_view version = "example/renamed/1";
};
struct same_version_other_table : tws::certification_rules {
  static constexpr tws::grade check_grade(tws::check_outcome) noexcept { return tws::grade::A; }
};
// The same version and the same functions, another governance category: the
// tables hash it too.
struct same_version_other_governance : tws::certification_rules {
  static constexpr std::uint8_t governance_category = 1;
};
// The same decisions under another name: a rule set hidden by an identical
// function is the same rule set.
struct same_version_same_table : tws::certification_rules {
  static constexpr bool item_meets(tws::mark m, tws::status s) noexcept {
    return tws::certification_rules::item_meets(m, s);
  }
};
// Rule sets of the other kinds, each changing one decision under the defaults' version.
struct self_check_other_table : tws::self_check_rules {
  static constexpr tws::self_check_level group_level(bool basic_met, bool /*all_met*/) noexcept {
    return basic_met ? tws::self_check_level::basic : tws::self_check_level::basic_unmet;
  }
};
struct policy_other_table : tws::policy_rules {
  static constexpr bool required(tws::obligation) noexcept { return true; }
};
struct risk_other_table : tws::risk_rules {
  static constexpr bool mitigates(tws::answer a) noexcept { return a != tws::answer::no; }
};
}  // namespace

TEST_CASE("every result carries its catalog's fingerprint", "[fingerprint]") {
  STATIC_REQUIRE(rate(exemplary()).fingerprint == tws::fingerprint_v<certification_v2_t>);
  STATIC_REQUIRE(rate(certification{}).fingerprint == tws::fingerprint_v<certification_v2_t>);
}

TEST_CASE("fingerprints tell catalogs and rule sets apart", "[fingerprint]") {
  STATIC_REQUIRE(tws::fingerprint_v<coworking_v2_t> != tws::fingerprint_v<certification_v2_t>);
  // A new version string changes it…
  STATIC_REQUIRE(tws::fingerprint_v<certification_v2_t, same_tables_new_version> !=
                 tws::fingerprint_v<certification_v2_t>);
  // …and so does a changed rule whose author kept the version…
  STATIC_REQUIRE(tws::fingerprint_v<certification_v2_t, same_version_other_table> !=
                 tws::fingerprint_v<certification_v2_t>);
  STATIC_REQUIRE(tws::fingerprint_v<certification_v2_t, same_version_other_governance> !=
                 tws::fingerprint_v<certification_v2_t>);
  STATIC_REQUIRE(tws::fingerprint_v<mic_telework_v4_t, self_check_other_table> !=
                 tws::fingerprint_v<mic_telework_v4_t>);
  STATIC_REQUIRE(tws::fingerprint_v<csaj_home_2018_t, policy_other_table> !=
                 tws::fingerprint_v<csaj_home_2018_t>);
  STATIC_REQUIRE(tws::fingerprint_v<coworking_user_t, risk_other_table> !=
                 tws::fingerprint_v<coworking_user_t>);
  // …while the same decisions under the same version are the same rules.
  STATIC_REQUIRE(tws::fingerprint_v<certification_v2_t, same_version_same_table> ==
                 tws::fingerprint_v<certification_v2_t>);
}

TEST_CASE("every catalog has a fingerprint of its own", "[fingerprint]") {
  constexpr std::array<std::uint64_t, 5> all{
      tws::fingerprint_v<coworking_v2_t>, tws::fingerprint_v<certification_v2_t>,
      tws::fingerprint_v<mic_telework_v4_t>, tws::fingerprint_v<csaj_home_2018_t>,
      tws::fingerprint_v<coworking_user_t>};
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      CAPTURE(i, j);
      CHECK(all[i] != all[j]);
    }
  }
}

TEST_CASE("the fingerprints of this release are pinned", "[fingerprint]") {
  // Pinned so that no change of catalog text, table or rule goes unnoticed:
  // when one of these fails, the scoring changed — bump the rules version,
  // say so in CHANGELOG.md, then update the value here.
  CHECK(tws::fingerprint_v<certification_v2_t> == 0x82a9ef8fd1324fafULL);
  CHECK(tws::fingerprint_v<coworking_v2_t> == 0xc57f6504915f2bc8ULL);
  CHECK(tws::fingerprint_v<mic_telework_v4_t> == 0x8c10228dfd7a5982ULL);
  CHECK(tws::fingerprint_v<csaj_home_2018_t> == 0x903f4b6c3eb317baULL);
  CHECK(tws::fingerprint_v<coworking_user_t> == 0xda7b46c31dbb8ef3ULL);
}
