#pragma once

// Seeded random assessments, shared by the benchmarks and the peer comparison
// so that both score exactly the same inputs.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "teleworksec/teleworksec.hpp"

namespace bench {

namespace tws = teleworksec;
using certification = tws::certification_assessment<tws::catalogs::certification_v2_t>;
using checklist_only = tws::certification_assessment<tws::catalogs::coworking_v2_t>;
using self_check = tws::self_check_assessment<tws::catalogs::mic_telework_v4_t>;
using risk = tws::risk_assessment<tws::catalogs::coworking_user_t>;
using policy = tws::policy_assessment<tws::catalogs::csaj_home_2018_t>;

/// A small, portable generator (SplitMix64): the same seed gives the same
/// assessments on every platform, so the peer can replay them.
class splitmix64 {
 public:
  explicit splitmix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// A number in [0, n).
  unsigned below(unsigned n) { return static_cast<unsigned>(next() % n); }

 private:
  std::uint64_t state_;
};

/// Mostly-yes answers with some no/unanswered/na, random facts, and a
/// diagnosis with random findings: a realistic spread of grades and levels.
template <class Assessment>
Assessment random_assessment(splitmix64& rng) {
  Assessment a{};
  for (std::size_t f = 0; f < Assessment::fact_count; ++f) {
    const unsigned pick = rng.below(4);
    if (pick == 0) a.set_fact(f, false);
    if (pick == 1) a.set_fact(f, true);
  }
  const unsigned yes_share = 80 + rng.below(21);  // 80–100 %
  for (std::size_t q = 0; q < Assessment::question_count; ++q) {
    const unsigned roll = rng.below(100);
    tws::answer x = tws::answer::yes;
    if (roll >= yes_share) {
      constexpr tws::answer others[] = {tws::answer::no, tws::answer::unanswered,
                                        tws::answer::not_applicable};
      x = others[rng.below(3)];
    }
    a.set_answer(q, x);
  }
  if constexpr (requires { Assessment::check_count; }) {
    for (std::size_t k = 0; k < Assessment::check_count; ++k) {
      const unsigned roll = rng.below(100);
      tws::check_outcome o = tws::check_outcome::passed();
      if (roll < 3) o = tws::check_outcome::not_performed();
      else if (roll < 8) o = tws::check_outcome::not_applicable();
      else if (roll < 14) o = tws::check_outcome::findings(static_cast<tws::severity>(rng.below(4)));
      a.diagnose(k, o);
    }
  }
  return a;
}

/// Decisions with deadlines around the evaluation day and some impacts.
template <>
inline policy random_assessment<policy>(splitmix64& rng) {
  policy a{};
  a.evaluated_on = 20261126;
  for (std::size_t n = 0; n < policy::statement_count; ++n) {
    a.decide(n, static_cast<tws::decision>(rng.below(4)), 20261101 + rng.below(60));
    a.rate_impact(n, static_cast<tws::aspect>(rng.below(4)), static_cast<tws::impact>(rng.below(4)));
  }
  return a;
}

/// A csaj-home-2018 assessment with all four aspects of every statement
/// rated (minor to critical, critical rarer): its plan spans several
/// priorities, where random_assessment<policy> leaves three aspects unrated,
/// which rank every statement critical.
inline policy every_aspect_rated(splitmix64& rng) {
  policy a = random_assessment<policy>(rng);
  for (std::size_t n = 0; n < policy::statement_count; ++n) {
    for (std::size_t k = 0; k < tws::aspect_count; ++k) {
      const unsigned top = rng.below(2) == 0 ? 2 : 3;
      a.rate_impact(n, static_cast<tws::aspect>(k), static_cast<tws::impact>(1 + rng.below(top)));
    }
  }
  return a;
}

template <class Assessment>
std::vector<Assessment> random_assessments(std::size_t n, std::uint64_t seed) {
  splitmix64 rng{seed};
  std::vector<Assessment> v;
  v.reserve(n);
  for (std::size_t i = 0; i < n; ++i) v.push_back(random_assessment<Assessment>(rng));
  return v;
}

}  // namespace bench
