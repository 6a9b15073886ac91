// Tests of evaluate.hpp: one evaluate() overload per catalog kind, chosen by
// the catalog's tag, constexpr and noexcept, with the catalog's default rules
// unless a rule set of the same kind is given. What each engine computes is
// tested in <kind>_rating_test.cpp; here, that every catalog reaches its own.

#include "teleworksec/evaluate.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "teleworksec/catalogs/all.hpp"
#include "teleworksec/fingerprint.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2_t;
using tws::catalogs::coworking_user_t;
using tws::catalogs::csaj_home_2018_t;
using tws::catalogs::mic_telework_v4_t;

// Whether evaluate<Rules>(catalog, its assessment) is a valid call.
template <class Rules, class C>
concept can_evaluate = requires(const tws::assessment_t<C>& a) {
  tws::evaluate<Rules>(C{}, a);
};

// Rule sets derived from the defaults, with a version of their own.
struct my_certification_rules : tws::certification_rules {
  static constexpr std::string_view version = "test/certification/1";
};
struct my_self_check_rules : tws::self_check_rules {
  static constexpr std::string_view version = "test/self-check/1";
};
struct my_policy_rules : tws::policy_rules {
  static constexpr std::string_view version = "test/policy/1";
};
struct my_risk_rules : tws::risk_rules {
  static constexpr std::string_view version = "test/risk/1";
};

// The result of catalog C under Rules for a blank assessment, and its fingerprint.
template <class C, class Rules = tws::catalog_rules>
constexpr std::uint64_t fingerprint_of_blank() {
  return tws::evaluate<Rules>(C{}, tws::assessment_t<C>{}).fingerprint;
}

}  // namespace

TEST_CASE("evaluate() gives each catalog its kind's result, noexcept", "[evaluate]") {
  tws::catalogs::all::for_each([](auto tag) {
    using C = decltype(tag);
    CAPTURE(C::id);
    using call = decltype(tws::evaluate(C{}, std::declval<const tws::assessment_t<C>&>()));
    STATIC_REQUIRE(std::is_same_v<call, tws::result_t<C>>);
    STATIC_REQUIRE(noexcept(tws::evaluate(C{}, std::declval<const tws::assessment_t<C>&>())));
    // In a constant expression and at run time alike.
    constexpr auto at_compile_time = tws::evaluate(C{}, tws::assessment_t<C>{});
    const tws::assessment_t<C> blank{};
    CHECK(tws::evaluate(C{}, blank) == at_compile_time);
  });
}

TEST_CASE("evaluate() uses the default rules unless given others", "[evaluate]") {
  tws::catalogs::all::for_each([](auto tag) {
    using C = decltype(tag);
    CAPTURE(C::id);
    using blank = tws::assessment_t<C>;
    // evaluate(c, a) means evaluate<catalog_rules>(c, a), and that means the
    // catalog's default_rules.
    STATIC_REQUIRE(tws::evaluate(C{}, blank{}) == tws::evaluate<tws::catalog_rules>(C{}, blank{}));
    STATIC_REQUIRE(tws::evaluate(C{}, blank{}) ==
                   tws::evaluate<typename C::default_rules>(C{}, blank{}));
    STATIC_REQUIRE(fingerprint_of_blank<C>() == tws::fingerprint_v<C>);
  });
  // Tailored rules reach the engine: the fingerprint is theirs.
  STATIC_REQUIRE(fingerprint_of_blank<certification_v2_t, my_certification_rules>() ==
                 tws::fingerprint_v<certification_v2_t, my_certification_rules>);
  STATIC_REQUIRE(fingerprint_of_blank<mic_telework_v4_t, my_self_check_rules>() ==
                 tws::fingerprint_v<mic_telework_v4_t, my_self_check_rules>);
  STATIC_REQUIRE(fingerprint_of_blank<csaj_home_2018_t, my_policy_rules>() ==
                 tws::fingerprint_v<csaj_home_2018_t, my_policy_rules>);
  STATIC_REQUIRE(fingerprint_of_blank<coworking_user_t, my_risk_rules>() ==
                 tws::fingerprint_v<coworking_user_t, my_risk_rules>);
  STATIC_REQUIRE(fingerprint_of_blank<coworking_user_t, my_risk_rules>() !=
                 tws::fingerprint_v<coworking_user_t>);
}

TEST_CASE("evaluate() takes only rule sets of the catalog's kind", "[evaluate]") {
  STATIC_REQUIRE(can_evaluate<tws::catalog_rules, certification_v2_t>);
  STATIC_REQUIRE(can_evaluate<my_certification_rules, certification_v2_t>);
  STATIC_REQUIRE(can_evaluate<my_self_check_rules, mic_telework_v4_t>);
  STATIC_REQUIRE(can_evaluate<my_policy_rules, csaj_home_2018_t>);
  STATIC_REQUIRE(can_evaluate<my_risk_rules, coworking_user_t>);
  STATIC_REQUIRE_FALSE(can_evaluate<tws::self_check_rules, certification_v2_t>);
  STATIC_REQUIRE_FALSE(can_evaluate<tws::certification_rules, mic_telework_v4_t>);
  STATIC_REQUIRE_FALSE(can_evaluate<tws::risk_rules, csaj_home_2018_t>);
  STATIC_REQUIRE_FALSE(can_evaluate<tws::policy_rules, coworking_user_t>);
  STATIC_REQUIRE_FALSE(can_evaluate<int, coworking_user_t>);
}
