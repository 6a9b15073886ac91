// Tests of answer_summary.hpp: what every result says of the answers (SPEC
// §3) — applicable, excluded by an explicit "na", unanswered (counted as no,
// making the result provisional) — by summarize() on a small answer sheet,
// and the same members read alike on the result of every catalog.

#include "teleworksec/answer_summary.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <initializer_list>
#include <type_traits>

#include "teleworksec/catalogs/all.hpp"
#include "teleworksec/evaluate.hpp"

namespace {

namespace tws = teleworksec;
using tws::answer;
using sheet = tws::answer_sheet<5, 0>;
using item_set = tws::detail::bits<5>;

// Questions 0–4 answered yes, no, na, unanswered, unanswered.
constexpr sheet five() {
  sheet a;
  a.set_answer(0, answer::yes);
  a.set_answer(1, answer::no);
  a.set_answer(2, answer::not_applicable);
  return a;
}

constexpr item_set set_of(std::initializer_list<std::size_t> items) {
  item_set s{};
  for (auto i : items) s.set(i);
  return s;
}

// A blank assessment of catalog C and one whose every item is excluded:
// answered "na", or for a policy catalog decided "not needed" (tailored out).
template <class C>
constexpr auto blank() {
  return tws::assessment_t<C>{};
}
template <class C>
constexpr auto all_excluded() {
  tws::assessment_t<C> a{};
  if constexpr (C::kind == tws::catalog_kind::policy) {
    a.decide_all(tws::decision::not_needed);
  } else {
    a.answer_all(answer::not_applicable);
  }
  return a;
}

}  // namespace

TEST_CASE("summarize: applicable, na, unanswered and provisional", "[answer_summary]") {
  // Every question applicable by the facts: 2 (na) is excluded; 3 and 4 are
  // applicable and unanswered → two open, provisional.
  constexpr auto s = tws::summarize(five(), item_set::all());
  STATIC_REQUIRE(s.applicable == set_of({0, 1, 3, 4}));
  STATIC_REQUIRE(s.explicit_na == set_of({2}));
  STATIC_REQUIRE(s.unanswered == set_of({3, 4}));
  STATIC_REQUIRE(s.unanswered_count == 2);
  STATIC_REQUIRE(s.provisional);
  // The facts exclude 3 and 4: nothing open is applicable → not provisional.
  constexpr auto by_facts = tws::summarize(five(), set_of({0, 1, 2}));
  STATIC_REQUIRE(by_facts.applicable == set_of({0, 1}));
  STATIC_REQUIRE(by_facts.unanswered.none());
  STATIC_REQUIRE(by_facts.unanswered_count == 0);
  STATIC_REQUIRE_FALSE(by_facts.provisional);
  // An explicit na is listed whatever the facts say, so an inspector sees
  // every exclusion: 2 answered na, although the facts exclude it anyway.
  constexpr auto excluded = tws::summarize(five(), set_of({0, 1}));
  STATIC_REQUIRE(excluded.explicit_na == set_of({2}));
  STATIC_REQUIRE_FALSE(excluded.applicable.test(2));
  // A yes or no is never open.
  STATIC_REQUIRE(tws::summarize(sheet{}, set_of({0})).unanswered == set_of({0}));
  STATIC_REQUIRE(tws::summarize(five(), set_of({0})).unanswered.none());
}

TEST_CASE("every result is an answer summary over the catalog's items", "[answer_summary]") {
  tws::catalogs::all::for_each([](auto tag) {
    using C = decltype(tag);
    CAPTURE(C::id);
    STATIC_REQUIRE(std::is_base_of_v<tws::answer_summary<C::item_count>, tws::result_t<C>>);
    // Nothing answered, no fact stated (facts count as true): every item is
    // applicable and open.
    constexpr auto open = tws::evaluate(C{}, blank<C>());
    STATIC_REQUIRE(open.applicable.count() == C::item_count);
    STATIC_REQUIRE(open.explicit_na.none());
    STATIC_REQUIRE(open.unanswered.count() == C::item_count);
    STATIC_REQUIRE(open.unanswered_count == C::item_count);
    STATIC_REQUIRE(open.provisional);
    // Every item excluded: nothing applicable, nothing open.
    constexpr auto out = tws::evaluate(C{}, all_excluded<C>());
    STATIC_REQUIRE(out.applicable.none());
    STATIC_REQUIRE(out.explicit_na.count() == C::item_count);
    STATIC_REQUIRE(out.unanswered_count == 0);
    STATIC_REQUIRE_FALSE(out.provisional);
  });
}

TEST_CASE("the summary of a result reads the same at run time", "[answer_summary]") {
  // The policy kind fills its summary by hand (undecided = unanswered,
  // not needed = na); it must agree with the other members of its result.
  using csaj = tws::catalogs::csaj_home_2018_t;
  tws::assessment_t<csaj> a{};
  a.decide_all(tws::decision::implemented);
  a.decide(3, tws::decision::undecided);
  a.decide(5, tws::decision::not_needed);
  const auto r = tws::evaluate(tws::catalogs::csaj_home_2018, a);
  CHECK(r.unanswered.count() == 1);
  CHECK(r.unanswered.test(3));
  CHECK(r.unanswered_count == 1);
  CHECK(r.provisional);
  CHECK(r.explicit_na.count() == 1);
  CHECK(r.explicit_na.test(5));
  CHECK(r.applicable.count() == csaj::item_count - 1);
  CHECK_FALSE(r.applicable.test(5));
}
