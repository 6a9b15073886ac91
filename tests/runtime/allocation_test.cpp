// SPEC §3/§8: evaluate() allocates nothing. Every global operator new and
// delete is replaced by a counting version (malloc/free underneath); 1,000
// varied assessments are built first (and as many of each telework catalog),
// then the counter is reset and each is evaluated, the certification ones with
// gaps_to_next_level on their result. Any allocation in that region fails the
// test (exit code 1).
//
// `--self-test` allocates on purpose inside the measured region, to show that
// the counter sees it: the program must then report failure and exit 1.
//
// Its own executable, without Catch2: the framework allocates, and replacing
// operator new is program-wide.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string_view>

#include "teleworksec/teleworksec.hpp"

namespace {

// Plain counters: the program is single-threaded.
std::size_t allocations = 0;
std::size_t deallocations = 0;

void* allocate(std::size_t size) noexcept {
  ++allocations;
  return std::malloc(size == 0 ? 1 : size);  // NOLINT(cppcoreguidelines-no-malloc)
}

void* allocate(std::size_t size, std::align_val_t align) noexcept {
  ++allocations;
  const auto alignment = static_cast<std::size_t>(align);
  // aligned_alloc wants a size that is a multiple of the alignment.
  const std::size_t rounded =
      size == 0 ? alignment : (size + alignment - 1) / alignment * alignment;
  return std::aligned_alloc(alignment, rounded);
}

void* allocate_or_throw(std::size_t size) {
  if (void* p = allocate(size)) return p;
  throw std::bad_alloc{};
}

void* allocate_or_throw(std::size_t size, std::align_val_t align) {
  if (void* p = allocate(size, align)) return p;
  throw std::bad_alloc{};
}

void release(void* p) noexcept {
  if (p == nullptr) return;
  ++deallocations;
  std::free(p);  // NOLINT(cppcoreguidelines-no-malloc)
}

}  // namespace

// NOLINTBEGIN(misc-new-delete-overloads)
void* operator new(std::size_t size) { return allocate_or_throw(size); }
void* operator new[](std::size_t size) { return allocate_or_throw(size); }
void* operator new(std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
  return allocate(size);
}
void* operator new[](std::size_t size, const std::nothrow_t& /*tag*/) noexcept {
  return allocate(size);
}
void* operator new(std::size_t size, std::align_val_t align) {
  return allocate_or_throw(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align) {
  return allocate_or_throw(size, align);
}
void* operator new(std::size_t size, std::align_val_t align,
                   const std::nothrow_t& /*tag*/) noexcept {
  return allocate(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align,
                     const std::nothrow_t& /*tag*/) noexcept {
  return allocate(size, align);
}

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t /*size*/) noexcept { release(p); }
void operator delete[](void* p, std::size_t /*size*/) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t& /*tag*/) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t& /*tag*/) noexcept { release(p); }
void operator delete(void* p, std::align_val_t /*align*/) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t /*align*/) noexcept { release(p); }
void operator delete(void* p, std::size_t /*size*/, std::align_val_t /*align*/) noexcept {
  release(p);
}
void operator delete[](void* p, std::size_t /*size*/, std::align_val_t /*align*/) noexcept {
  release(p);
}
void operator delete(void* p, std::align_val_t /*align*/, const std::nothrow_t& /*tag*/) noexcept {
  release(p);
}
void operator delete[](void* p, std::align_val_t /*align*/,
                       const std::nothrow_t& /*tag*/) noexcept {
  release(p);
}
// NOLINTEND(misc-new-delete-overloads)

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;
using certification = tws::certification_assessment<tws::catalogs::certification_v2_t>;

constexpr std::size_t count = 1000;

// Knuth's MMIX LCG; the high bits are the good ones.
class lcg {
 public:
  explicit lcg(std::uint64_t seed) : state_{seed} {}
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33U);
  }
  std::size_t below(std::size_t n) { return next() % n; }

 private:
  std::uint64_t state_;
};

// Varied on purpose: every answer, fact state, evidence kind, override and
// check outcome occurs, so that every branch of the engine runs.
certification make(lcg& r) {
  certification a{};
  a.policy = r.below(2) == 0 ? tws::evidence_policy::audit : tws::evidence_policy::self_assessment;
  for (std::size_t f = 0; f < certification::fact_count; ++f) {
    const auto x = r.below(3);
    if (x != 0) a.set_fact(f, x == 1);
  }
  const std::size_t no_per_mille = std::array<std::size_t, 4>{0, 20, 100, 500}[r.below(4)];
  for (std::size_t q = 0; q < certification::question_count; ++q) {
    if (r.below(1000) >= no_per_mille) {
      a.set_answer(q, tws::answer::yes);
    } else {
      a.set_answer(q, static_cast<tws::answer>(r.below(4)));
    }
    a.add_evidence(q, static_cast<tws::evidence_kind>(r.below(7)));
  }
  if (r.below(5) == 0) {
    a.override_status(r.below(certification::measure_count), static_cast<tws::status>(r.below(4)));
  }
  const std::size_t findings_per_mille = std::array<std::size_t, 4>{0, 0, 50, 1000}[r.below(4)];
  for (std::size_t k = 0; k < certification::check_count; ++k) {
    if (r.below(1000) < findings_per_mille) {
      a.diagnose(k, tws::check_outcome::from_code(static_cast<std::uint8_t>(r.below(7))));
    } else {
      a.diagnose(k, tws::check_outcome::passed());
    }
  }
  return a;
}

// The same answers for a telework catalog: yes, no, na or unanswered at random,
// and for the policy catalog decisions with deadlines and impacts.
template <class Sheet>
Sheet make_sheet(lcg& r) {
  Sheet a{};
  for (std::size_t i = 0; i < Sheet::question_count; ++i) {
    a.set_answer(i, static_cast<tws::answer>(r.below(4)));
  }
  return a;
}

using mic_sheet = tws::self_check_assessment<tws::catalogs::mic_telework_v4_t>;
using user_sheet = tws::risk_assessment<tws::catalogs::coworking_user_t>;
using policy_sheet = tws::policy_assessment<tws::catalogs::csaj_home_2018_t>;

policy_sheet make_policy(lcg& r) {
  policy_sheet a{};
  a.evaluated_on = 20261126;
  for (std::size_t n = 0; n < policy_sheet::statement_count; ++n) {
    a.decide(n, static_cast<tws::decision>(r.below(4)),
             20261101 + static_cast<tws::calendar_day>(r.below(60)));
    a.rate_impact(n, static_cast<tws::aspect>(r.below(4)), static_cast<tws::impact>(r.below(4)));
  }
  return a;
}

// Static storage: built before the measured region, never resized.
std::array<certification, count> assessments{};
std::array<mic_sheet, count> mic_sheets{};
std::array<user_sheet, count> user_sheets{};
std::array<policy_sheet, count> policy_sheets{};

// Read through volatile, so that the compiler cannot fold the whole run.
volatile std::uint64_t seed = 0x7e1e5ec0ULL;
// Written through volatile, so that no evaluation can be optimised away.
volatile std::uint64_t sink = 0;
// Where --self-test leaves its allocation, so that it cannot be elided either.
int* volatile leak = nullptr;

}  // namespace

int main(int argc, char** argv) {
  bool self_test = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg{argv[i]};  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
    if (arg == "--self-test") {
      self_test = true;
    } else {
      std::fprintf(stderr, "usage: %s [--self-test]\n", argv[0]);
      return 2;
    }
  }

  lcg r{seed};
  for (auto& a : assessments) a = make(r);
  for (auto& a : mic_sheets) a = make_sheet<mic_sheet>(r);
  for (auto& a : user_sheets) a = make_sheet<user_sheet>(r);
  for (auto& a : policy_sheets) a = make_policy(r);

  // --- measured region ------------------------------------------------------
  allocations = 0;
  deallocations = 0;
  std::uint64_t total = 0;
  for (const auto& a : assessments) {
    const auto result = tws::evaluate(certification_v2, a);
    const auto gaps = tws::gaps_to_next_level(certification_v2, result);
    total += result.level.stars;
    total += static_cast<std::uint64_t>(result.audit_grade) * 8U;
    total += result.unanswered_count;
    total += gaps.target_stars + gaps.audit_items.count() + gaps.questions.count();
    sink = sink + total;
  }
  for (std::size_t i = 0; i < count; ++i) {
    const auto mic = tws::evaluate(tws::catalogs::mic_telework_v4, mic_sheets[i]);
    const auto user = tws::evaluate(tws::catalogs::coworking_user, user_sheets[i]);
    const auto policy = tws::evaluate(tws::catalogs::csaj_home_2018, policy_sheets[i]);
    total += static_cast<std::uint64_t>(mic.level) + user.residual.count() + policy.plan_size;
    sink = sink + total;
  }
  if (self_test) {
    leak = new int[64];
    delete[] leak;
  }
  const std::size_t counted = allocations;
  // --- end of measured region ----------------------------------------------

  if (counted != 0) {
    std::fprintf(stderr, "FAIL: evaluate(): %zu heap allocation(s) in %zu evaluations%s\n", counted,
                 count, self_test ? " (--self-test allocates on purpose)" : "");
    return 1;
  }
  std::printf("evaluate(): 0 heap allocations in %zu evaluations of each of four catalogs\n",
              count);
  return 0;
}
