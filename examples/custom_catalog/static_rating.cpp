// The invented catalog rated at compile time, like the shipped ones: compiling
// this file is passing.

#include "home_office.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/ids.hpp"

namespace tws = teleworksec;
using example::home_office;

// sample.json by hand: every basic item is implemented (manager 1, 2; staff
// 1, 2 — staff 2 applies, Wi-Fi is used); of the recommended ones manager 3
// is not and staff 3 is excluded. Group 1 (devices) has only basic items, all
// implemented: recommended level. Group 2 (communications) has its basic item
// implemented and a recommended one missing: basic. The weakest group decides:
// basic.
constexpr auto sample() {
  tws::assessment_t<example::home_office_t> a{};
  a.set_fact(*tws::find_fact(home_office, "wifi_at_home"), true);
  for (auto id : {"manager/1", "manager/2", "staff/1", "staff/2"}) {
    a.set_answer(*tws::find_answer(home_office, id), tws::answer::yes);
  }
  a.set_answer(*tws::find_answer(home_office, "manager/3"), tws::answer::no);
  a.set_answer(*tws::find_answer(home_office, "staff/3"), tws::answer::not_applicable);
  return tws::evaluate(home_office, a);
}

static_assert(sample().level == tws::self_check_level::basic);
static_assert(sample().group_level[0] == tws::self_check_level::recommended);
static_assert(sample().unmet_recommended.count() == 1 && sample().unmet_basic.none());
static_assert(!sample().provisional);

// Without Wi-Fi at home, staff 2 is not applicable: five items count.
constexpr auto without_wifi() {
  tws::assessment_t<example::home_office_t> a{};
  a.set_fact(*tws::find_fact(home_office, "wifi_at_home"), false);
  return tws::evaluate(home_office, a);
}
static_assert(without_wifi().applicable.count() == 5);
static_assert(without_wifi().provisional && without_wifi().unanswered_count == 5);

// Its own fingerprint, distinct from every shipped catalog's.
static_assert(tws::fingerprint_v<example::home_office_t> != 0);

int main() {}
