// The fingerprint (SPEC §6): a constexpr hash of catalog content and rules.

#include <catch2/catch.hpp>

#include "fixtures.hpp"

using namespace fixtures;
using tws::catalogs::certification_v2_t;
using tws::catalogs::coworking_v2_t;

namespace {
struct same_tables_new_version : tws::certification_rules {
  static constexpr std::string_view version = "example/renamed/1";
};
struct same_version_other_table : tws::certification_rules {
  static constexpr tws::grade check_grade(tws::check_outcome) noexcept { return tws::grade::A; }
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
  // …and so does a changed rule whose author kept the version.
  STATIC_REQUIRE(tws::fingerprint_v<certification_v2_t, same_version_other_table> !=
                 tws::fingerprint_v<certification_v2_t>);
}

TEST_CASE("the fingerprints of this release are pinned", "[fingerprint]") {
  // Pinned so that no change of catalog text, table or rule goes unnoticed:
  // when one of these fails, the scoring changed — bump the rules version,
  // say so in CHANGELOG.md, then update the value here.
  CHECK(tws::fingerprint_v<certification_v2_t> == 0xd1f44a886c0f7fcfULL);
  CHECK(tws::fingerprint_v<coworking_v2_t> == 0xbc65e9bad6b902c8ULL);
}
