// The C++ side of the peer comparison (issue 7, item 4; SPEC §8): the same
// 10,000 random certification assessments that bench/peer/compare.js rates
// with json-rules-engine, regenerated from the same seed and evaluated in
// turn. items_per_second is assessments per second on one core; the driver
// bench/peer/run.sh sets it beside the json-rules-engine figure.

#include <benchmark/benchmark.h>

#include <cstddef>

#include "peer/peer_inputs.hpp"

namespace {

namespace tws = teleworksec;

void peer_replay(benchmark::State& state) {
  const auto inputs = bench::peer::assessments();
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = tws::evaluate(tws::catalogs::certification_v2, inputs[i]);
    benchmark::DoNotOptimize(r);
    if (++i == inputs.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["assessments"] = static_cast<double>(inputs.size());
}
BENCHMARK(peer_replay);

}  // namespace

BENCHMARK_MAIN();
