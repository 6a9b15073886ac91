#pragma once

// Small builders for hand-worked cases: a facility that does everything, and
// one-line changes to it. Every builder is constexpr, so the same case runs in
// STATIC_REQUIRE and at run time.

#include <string_view>

#include "teleworksec/teleworksec.hpp"

namespace fixtures {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;
using certification = tws::certification_assessment<tws::catalogs::certification_v2_t>;

/// The index of a coworking-v2 question such as "3.4.3" (a typo does not compile).
constexpr std::size_t q(std::string_view id) { return *tws::find_question(certification_v2, id); }
/// The index of a measure (= audit item) such as "3.8".
constexpr std::size_t m(std::string_view id) { return *tws::find_measure(certification_v2, id); }
/// The index of check certification-v2/vuln/<no>.
constexpr std::size_t k(std::size_t no) { return no - 1; }
/// The index of a fact by its file-format id.
constexpr std::size_t f(std::string_view id) { return *tws::find_fact(certification_v2, id); }

/// Every question yes, every check passed, no fact stated (all count true).
constexpr certification exemplary() {
  certification a{};
  a.answer_all(tws::answer::yes);
  a.diagnose_all(tws::check_outcome::passed());
  return a;
}

/// `a` with question `id` answered `x`.
constexpr certification with(certification a, std::string_view id, tws::answer x) {
  a.set_answer(q(id), x);
  return a;
}

/// `a` with check `no` given `o`.
constexpr certification with_check(certification a, std::size_t no, tws::check_outcome o) {
  a.diagnose(k(no), o);
  return a;
}

/// `a` with fact `id` stated as `value`.
constexpr certification with_fact(certification a, std::string_view id, bool value) {
  a.set_fact(f(id), value);
  return a;
}

constexpr auto rate(const certification& a) { return tws::evaluate(certification_v2, a); }

}  // namespace fixtures
