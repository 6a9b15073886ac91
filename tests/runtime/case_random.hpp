#pragma once

// Reproducible random cases for the property tests (<kind>_property_test.cpp):
// every case is drawn from its own generator, seeded from the run's seed and
// the case's index, so a failure names both (TELEWORKSEC_CASE) and can be
// replayed alone. The seed is fixed; set TELEWORKSEC_PROPERTY_SEED (decimal or
// 0x…) to explore.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <random>

#include "teleworksec/answer.hpp"

namespace property {

namespace tws = teleworksec;
constexpr std::size_t evidence_kind_count = 7;

constexpr std::uint64_t default_seed = 0x7e1e'5ec0'2026'1126ULL;

inline std::uint64_t run_seed() {
  static const std::uint64_t seed = [] {
    const char* env = std::getenv("TELEWORKSEC_PROPERTY_SEED");  // NOLINT(concurrency-mt-unsafe)
    return env != nullptr ? std::strtoull(env, nullptr, 0) : default_seed;
  }();
  return seed;
}

// The generator of case `index`. mt19937_64's output is fixed by the standard;
// we reduce it with % ourselves (the distributions are not portable), so the
// same seed and index give the same case with any standard library.
class case_random {
 public:
  case_random(std::uint64_t seed, std::size_t index) : engine_{splitmix(seed, index)} {}

  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool chance(unsigned per_mille) { return below(1000) < per_mille; }
  template <class T, std::size_t N>
  T pick(const std::array<T, N>& xs) {
    return xs[below(N)];
  }
  // One kind out of a non-empty set, uniformly.
  tws::evidence_kind kind_in(tws::evidence_set set) {
    std::array<tws::evidence_kind, evidence_kind_count> kinds{};
    std::size_t n = 0;
    for (std::size_t k = 0; k < evidence_kind_count; ++k) {
      const auto kind = static_cast<tws::evidence_kind>(k);
      if (set.contains(kind)) kinds[n++] = kind;
    }
    return kinds[below(n)];
  }

 private:
  static std::uint64_t splitmix(std::uint64_t seed, std::size_t index) {
    std::uint64_t z = seed + 0x9e37'79b9'7f4a'7c15ULL * (std::uint64_t{index} + 1);
    z = (z ^ (z >> 30U)) * 0xbf58'476d'1ce4'e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d0'49bb'1331'11ebULL;
    return z ^ (z >> 31U);
  }
  std::mt19937_64 engine_;
};

// Answers every question of an answer sheet with a per-case thoroughness, so
// that every level occurs: mostly yes, else mostly no, else anything.
template <class Sheet>
void answer_randomly(Sheet& a, case_random& r) {
  constexpr std::array<tws::answer, 4> answers{tws::answer::unanswered, tws::answer::yes,
                                               tws::answer::no, tws::answer::not_applicable};
  const auto yes_rate = static_cast<unsigned>(r.below(1001));
  for (std::size_t i = 0; i < Sheet::question_count; ++i) {
    if (r.chance(yes_rate)) {
      a.set_answer(i, tws::answer::yes);
    } else {
      a.set_answer(i, r.chance(900) ? tws::answer::no : r.pick(answers));
    }
  }
}

}  // namespace property

// Names the seed and the case in the messages of a failing assertion (Catch2).
#define TELEWORKSEC_CASE(i)                                                              \
  INFO("seed " << ::property::run_seed() << " (0x" << std::hex << ::property::run_seed() \
               << std::dec << "), case " << (i))
