// What a binding pays per call (README, Performance): tws_rate_json of the C
// API (include/teleworksec/teleworksec.h) on a certification sample — JSON
// text in, result/v1 text out, through the shared library every binding
// (Python's ctypes, the CLI's users, WebAssembly) goes through — next to the
// engine's evaluate() on the same assessment.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fastest.hpp"
#include "teleworksec/io/json.hpp"
#include "teleworksec/teleworksec.h"

namespace {

namespace tws = teleworksec;

using bench::fastest;

std::string sample_text() {
  std::ifstream in(TELEWORKSEC_BENCH_SAMPLE, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void c_api_rate_json(benchmark::State& state) {
  const std::string text = sample_text();
  std::vector<char> out(1 << 20);
  std::size_t out_len = 0;
  for (auto _ : state) {
    const auto status =
        tws_rate_json(text.data(), text.size(), "sample.json", out.data(), out.size(), &out_len);
    if (status != TWS_OK) {
      state.SkipWithError("tws_rate_json did not rate the sample");
      break;
    }
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.counters["input_bytes"] = static_cast<double>(text.size());
  state.counters["output_bytes"] = static_cast<double>(out_len);
}
BENCHMARK(c_api_rate_json)->ComputeStatistics("min", fastest);

// The engine alone on the same assessment, read once.
void engine_on_sample(benchmark::State& state) {
  const auto doc = tws::read_assessment(sample_text(), "sample.json");
  const auto a = tws::to_assessment(tws::catalogs::certification_v2, doc);
  for (auto _ : state) {
    auto r = tws::evaluate(tws::catalogs::certification_v2, a);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(engine_on_sample)->ComputeStatistics("min", fastest);

}  // namespace

BENCHMARK_MAIN();
