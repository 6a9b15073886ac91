// Tests of catalog_kind.hpp, the seam between catalogs and engines: every tag
// has id, kind, default_rules, item_count and facts; its kind chooses the
// assessment, the result and the rule tables (kind_traits).

#include "teleworksec/catalog_kind.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "teleworksec/catalogs/all.hpp"

namespace {

namespace tws = teleworksec;
using namespace std::string_view_literals;
using tws::catalog_kind;
using tws::catalogs::certification_v2_t;
using tws::catalogs::coworking_user_t;
using tws::catalogs::coworking_v2_t;
using tws::catalogs::csaj_home_2018_t;
using tws::catalogs::mic_telework_v4_t;

struct not_a_catalog {};

}  // namespace

TEST_CASE("every shipped catalog is a catalog tag of its kind", "[catalog_kind]") {
  STATIC_REQUIRE(tws::catalog_of_kind<coworking_v2_t, catalog_kind::certification>);
  STATIC_REQUIRE(tws::catalog_of_kind<certification_v2_t, catalog_kind::certification>);
  STATIC_REQUIRE(tws::catalog_of_kind<mic_telework_v4_t, catalog_kind::self_check>);
  STATIC_REQUIRE(tws::catalog_of_kind<csaj_home_2018_t, catalog_kind::policy>);
  STATIC_REQUIRE(tws::catalog_of_kind<coworking_user_t, catalog_kind::risk>);
  STATIC_REQUIRE_FALSE(tws::catalog_of_kind<mic_telework_v4_t, catalog_kind::policy>);
  STATIC_REQUIRE_FALSE(tws::catalog<not_a_catalog>);
  STATIC_REQUIRE_FALSE(tws::catalog<int>);
}

TEST_CASE("item_count counts what is answered; facts what may be stated", "[catalog_kind]") {
  // Questions of 000's チェックシート (56), MIC items (5 + 18 + 20), CSAJ
  // statements (86), user-side measures (19).
  STATIC_REQUIRE(coworking_v2_t::item_count == 56);
  STATIC_REQUIRE(certification_v2_t::item_count == 56);
  STATIC_REQUIRE(mic_telework_v4_t::item_count == 43);
  STATIC_REQUIRE(csaj_home_2018_t::item_count == 86);
  STATIC_REQUIRE(coworking_user_t::item_count == 19);
  // SPEC §2: 16 coworking facts; patterns ①–⑥ and byod; none for the others.
  STATIC_REQUIRE(tws::facts_of(tws::catalogs::certification_v2).size() == 16);
  STATIC_REQUIRE(tws::facts_of(tws::catalogs::coworking_v2).size() == 16);
  STATIC_REQUIRE(tws::facts_of(tws::catalogs::mic_telework_v4).size() == 7);
  STATIC_REQUIRE(tws::facts_of(tws::catalogs::mic_telework_v4)[6].id == "byod"sv);
  STATIC_REQUIRE(tws::facts_of(tws::catalogs::csaj_home_2018).empty());
  STATIC_REQUIRE(tws::facts_of(tws::catalogs::coworking_user).empty());
}

TEST_CASE("the kind chooses the assessment, the result and the default rules", "[catalog_kind]") {
  STATIC_REQUIRE(std::is_same_v<tws::assessment_t<certification_v2_t>,
                                tws::certification_assessment<certification_v2_t>>);
  STATIC_REQUIRE(
      std::is_same_v<tws::result_t<coworking_v2_t>, tws::certification_result<coworking_v2_t>>);
  STATIC_REQUIRE(std::is_same_v<tws::assessment_t<mic_telework_v4_t>,
                                tws::self_check_assessment<mic_telework_v4_t>>);
  STATIC_REQUIRE(
      std::is_same_v<tws::result_t<mic_telework_v4_t>, tws::self_check_result<mic_telework_v4_t>>);
  STATIC_REQUIRE(std::is_same_v<tws::assessment_t<csaj_home_2018_t>,
                                tws::policy_assessment<csaj_home_2018_t>>);
  STATIC_REQUIRE(
      std::is_same_v<tws::result_t<csaj_home_2018_t>, tws::policy_result<csaj_home_2018_t>>);
  STATIC_REQUIRE(
      std::is_same_v<tws::assessment_t<coworking_user_t>, tws::risk_assessment<coworking_user_t>>);
  STATIC_REQUIRE(
      std::is_same_v<tws::result_t<coworking_user_t>, tws::risk_result<coworking_user_t>>);

  STATIC_REQUIRE(std::is_same_v<certification_v2_t::default_rules, tws::certification_rules>);
  STATIC_REQUIRE(std::is_same_v<mic_telework_v4_t::default_rules, tws::self_check_rules>);
  STATIC_REQUIRE(std::is_same_v<csaj_home_2018_t::default_rules, tws::policy_rules>);
  STATIC_REQUIRE(std::is_same_v<coworking_user_t::default_rules, tws::risk_rules>);
  // catalog_rules stands for the catalog's own default rules; any other rule
  // set for itself.
  STATIC_REQUIRE(
      std::is_same_v<tws::rules_for_t<tws::catalog_rules, csaj_home_2018_t>, tws::policy_rules>);
  STATIC_REQUIRE(std::is_same_v<tws::rules_for_t<tws::self_check_rules, coworking_user_t>,
                                tws::self_check_rules>);
}

TEST_CASE("the engine reads the rules' tables", "[catalog_kind]") {
  // engine_tables_v holds the tabulated rules it was made with.
  STATIC_REQUIRE(tws::engine_tables_v<coworking_user_t>.rules.mitigates ==
                 tws::rule_tables_v<catalog_kind::risk, tws::risk_rules>.mitigates);
  STATIC_REQUIRE(tws::engine_tables_v<csaj_home_2018_t>.rules.rank ==
                 tws::rule_tables_v<catalog_kind::policy, tws::policy_rules>.rank);
  STATIC_REQUIRE(tws::engine_tables_v<mic_telework_v4_t>.rules.basic ==
                 tws::rule_tables_v<catalog_kind::self_check, tws::self_check_rules>.basic);
  STATIC_REQUIRE(
      tws::engine_tables_v<certification_v2_t>.rules.audit_grade ==
      tws::rule_tables_v<catalog_kind::certification, tws::certification_rules>.audit_grade);
}
