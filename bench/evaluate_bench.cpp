// Speed of the engine (SPEC §8). Inputs are 1,024 varied random assessments,
// visited in turn, so nothing is constant-folded; each benchmark reports the
// time per assessment. Heap allocations are counted by
// tests/runtime/allocation_test.cpp, not here.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "certification_texts.hpp"
#include "fastest.hpp"
#include "random_assessments.hpp"
#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;
using tws::catalogs::coworking_v2;

constexpr std::size_t pool = 1024;

using bench::fastest;

// Applies `f` to the inputs in turn, one per iteration, and keeps its result.
template <class Inputs, class F>
void each_in_turn(benchmark::State& state, const Inputs& inputs, F f) {
  std::size_t i = 0;
  for (auto _ : state) {
    auto out = f(inputs[i++ % inputs.size()]);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations());
}

void evaluate_certification(benchmark::State& state) {
  auto inputs = bench::random_assessments<bench::certification>(pool, 1);
  if (state.range(0) != 0) {
    for (auto& a : inputs) a.policy = tws::evidence_policy::audit;
  }
  each_in_turn(state, inputs, [](const auto& a) { return tws::evaluate(certification_v2, a); });
  state.counters["assessment_bytes"] = static_cast<double>(sizeof(bench::certification));
}
BENCHMARK(evaluate_certification)
    ->ArgName("audit_policy")
    ->Arg(0)
    ->Arg(1)
    ->ComputeStatistics("min", fastest);

void evaluate_checklist_only(benchmark::State& state) {
  const auto inputs = bench::random_assessments<bench::checklist_only>(pool, 2);
  each_in_turn(state, inputs, [](const auto& a) { return tws::evaluate(coworking_v2, a); });
}
BENCHMARK(evaluate_checklist_only)->ComputeStatistics("min", fastest);

// The telework catalogs (SPEC §5): one evaluation each.
template <class Assessment, auto Catalog>
void evaluate_telework(benchmark::State& state) {
  const auto inputs = bench::random_assessments<Assessment>(pool, 5);
  each_in_turn(state, inputs, [](const auto& a) { return tws::evaluate(Catalog, a); });
}
BENCHMARK(evaluate_telework<bench::self_check, tws::catalogs::mic_telework_v4>)
    ->Name("evaluate_mic_telework_v4")
    ->ComputeStatistics("min", fastest);
BENCHMARK(evaluate_telework<bench::risk, tws::catalogs::coworking_user>)
    ->Name("evaluate_coworking_user")
    ->ComputeStatistics("min", fastest);
BENCHMARK(evaluate_telework<bench::policy, tws::catalogs::csaj_home_2018>)
    ->Name("evaluate_csaj_home_2018")
    ->ComputeStatistics("min", fastest);

// The same with every aspect rated, so that the plan spans several priorities.
void evaluate_csaj_home_2018_every_aspect_rated(benchmark::State& state) {
  bench::splitmix64 rng{6};
  std::vector<bench::policy> inputs;
  for (std::size_t i = 0; i < pool; ++i) inputs.push_back(bench::every_aspect_rated(rng));
  each_in_turn(state, inputs,
               [](const auto& a) { return tws::evaluate(tws::catalogs::csaj_home_2018, a); });
}
BENCHMARK(evaluate_csaj_home_2018_every_aspect_rated)->ComputeStatistics("min", fastest);

void gaps_to_next_level(benchmark::State& state) {
  const auto inputs = bench::random_assessments<bench::certification>(pool, 3);
  std::vector<tws::certification_result<tws::catalogs::certification_v2_t>> results;
  for (const auto& a : inputs) results.push_back(tws::evaluate(certification_v2, a));
  each_in_turn(state, results,
               [](const auto& r) { return tws::gaps_to_next_level(certification_v2, r); });
}
BENCHMARK(gaps_to_next_level)->ComputeStatistics("min", fastest);

// The fingerprint is a compile-time constant in every result; this measures
// computing it at run time (hashing all texts and tables), for reference.
void fingerprint_at_run_time(benchmark::State& state) {
  for (auto _ : state) {
    auto f = tws::fingerprint<tws::catalogs::certification_v2_t>();
    benchmark::DoNotOptimize(f);
  }
}
BENCHMARK(fingerprint_at_run_time);

// The JSON path for comparison, as every binding takes it: parse and
// validate one file, rate it and write its result document (json_bench has
// the same per catalog, beside the DOM reference path).
void json_read_rate_write(benchmark::State& state) {
  const auto texts = bench::certification_texts();
  each_in_turn(state, texts, [](const std::string& text) {
    return tws::rate_text(tws::read_assessment(text, "bench.json"));
  });
}
BENCHMARK(json_read_rate_write)->ComputeStatistics("min", fastest);

}  // namespace

BENCHMARK_MAIN();
