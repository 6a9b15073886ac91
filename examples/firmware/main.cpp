// A firmware-style program for a Cortex-M4: rates a coworking certification
// assessment from a compact answer array, without exceptions, RTTI or heap.
//
//   arm-none-eabi-g++ -std=c++20 -Os -mcpu=cortex-m4 -mthumb -fno-exceptions
//     -fno-rtti -ffunction-sections -fdata-sections -Wl,--gc-sections
//     --specs=nosys.specs -I include examples/firmware/main.cpp
//
// Only the text-free scoring tables are linked (the Japanese texts stay out
// of the image unless TELEWORKSEC_FIRMWARE_WITH_TEXTS references them), so
// the engine and its tables fit in a few kilobytes of flash.

#include <cstddef>
#include <cstdint>

#include "teleworksec/teleworksec.hpp"

namespace tws = teleworksec;
using tws::catalogs::certification_v2;

namespace {

// Two bits per question (0 unanswered, 1 yes, 2 no, 3 na) and three bits per
// check (the outcome code), as a device would store them in its settings.
struct compact_answers {
  std::uint64_t answers_lo;  // questions 0–31
  std::uint64_t answers_hi;  // questions 32–55
  std::uint64_t checks_lo;   // checks 0–20, 3 bits each
  std::uint64_t checks_hi;   // checks 21–31
  std::uint32_t false_facts;
};

tws::certification_assessment<tws::catalogs::certification_v2_t> unpack(const compact_answers& c) {
  constexpr tws::answer answers[] = {tws::answer::unanswered, tws::answer::yes, tws::answer::no,
                                     tws::answer::not_applicable};
  tws::certification_assessment<tws::catalogs::certification_v2_t> a{};
  for (std::size_t q = 0; q < a.question_count; ++q) {
    const std::uint64_t word = q < 32 ? c.answers_lo : c.answers_hi;
    a.set_answer(q, answers[(word >> (2 * (q % 32))) & 3U]);
  }
  for (std::size_t k = 0; k < a.check_count; ++k) {
    const std::uint64_t word = k < 21 ? c.checks_lo : c.checks_hi;
    const auto code = static_cast<std::uint8_t>((word >> (3 * (k % 21))) & 7U);
    a.diagnose(k, tws::check_outcome::from_code(code < 7 ? code : 0));
  }
  for (std::size_t f = 0; f < a.fact_count; ++f) {
    if (((c.false_facts >> f) & 1U) != 0) a.set_fact(f, false);
  }
  return a;
}

}  // namespace

// The settings a device would read from flash; volatile so the compiler
// cannot rate them at compile time.
volatile compact_answers settings = {0x5555555555555555ULL, 0x0000555555555555ULL,
                                     0x2492492492492492ULL, 0x0000000492492492ULL, 0};

#ifdef TELEWORKSEC_FIRMWARE_WITH_TEXTS
const char* volatile text_sink;  // where a display driver would read the texts
#endif

int main() {
  const compact_answers c{settings.answers_lo, settings.answers_hi, settings.checks_lo,
                          settings.checks_hi, settings.false_facts};
  const auto r = tws::evaluate(certification_v2, unpack(c));
#ifdef TELEWORKSEC_FIRMWARE_WITH_TEXTS
  // Referencing the texts links them: every question, measure and level name,
  // as a device with a display would.
  for (const auto& q : tws::catalogs::coworking_v2_checklist.questions) text_sink = q.ja.data();
  for (const auto& m : tws::catalogs::coworking_v2_checklist.measures) text_sink = m.ja.data();
  text_sink = tws::level_named(tws::catalogs::certification_v2_program, r.level.stars).name_ja.data();
#endif
  return r.level.stars;
}
