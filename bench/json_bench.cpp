// The JSON path every binding takes (CLI, C API, Python, WebAssembly): the
// text of an assessment in, the text of its teleworksec/result/v1 document
// out. Side by side in one run, for every catalog kind:
//
//   json_dom/<input>     the reference path: parse into a DOM, walk it,
//                        build the result as nlohmann::json and dump() it
//   json_direct/<input>  read_assessment() (one pass, no DOM) and
//                        result_text() (written directly)
//
// and the direct path's two halves. Both paths give the same bytes (checked
// before timing). Inputs: the random certification assessments of
// evaluate_bench (64 of them, visited in turn) and one sample per catalog.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "certification_texts.hpp"
#include "fastest.hpp"
#include "random_assessments.hpp"
#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;

std::vector<std::string> sample(const char* file) {
  std::ifstream in{std::string{TELEWORKSEC_SAMPLES_DIR} + "/" + file, std::ios::binary};
  std::stringstream s;
  s << in.rdbuf();
  if (!in) {
    std::cerr << "json_bench: cannot read sample " << file << "\n";
    std::exit(1);
  }
  return {s.str()};
}

std::string dom_path(const std::string& text) {
  const auto doc = tws::read_assessment_dom(text, "bench.json");
  std::string out;
  tws::visit_catalog(doc.catalog, [&](auto c) {
    out = tws::dump(tws::result_to_json(c, doc, tws::evaluate(c, tws::to_assessment(c, doc))));
  });
  return out;
}

std::string direct_path(const std::string& text) {
  return tws::rate_text(tws::read_assessment(text, "bench.json"));
}

template <class F>
void each_in_turn(benchmark::State& state, const std::vector<std::string>& texts, F f) {
  std::size_t i = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto& text = texts[i++ % texts.size()];
    auto out = f(text);
    bytes += text.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void register_input(const std::string& name, const std::vector<std::string>& texts) {
  for (const auto& t : texts) {
    if (dom_path(t) != direct_path(t)) {
      std::cerr << "json_bench: the two paths differ on " << name << "\n";
      std::exit(1);
    }
  }
  benchmark::RegisterBenchmark(("json_dom/" + name).c_str(), [texts](benchmark::State& s) {
    each_in_turn(s, texts, dom_path);
  })->ComputeStatistics("min", bench::fastest);
  benchmark::RegisterBenchmark(("json_direct/" + name).c_str(), [texts](benchmark::State& s) {
    each_in_turn(s, texts, direct_path);
  })->ComputeStatistics("min", bench::fastest);
  benchmark::RegisterBenchmark(("json_direct_read/" + name).c_str(), [texts](benchmark::State& s) {
    each_in_turn(s, texts,
                 [](const std::string& t) { return tws::read_assessment(t, "bench.json"); });
  })->ComputeStatistics("min", bench::fastest);
  const auto doc = tws::read_assessment(texts.front(), "bench.json");
  benchmark::RegisterBenchmark(("json_direct_rate_write/" + name).c_str(),
                               [doc](benchmark::State& s) {
                                 for (auto _ : s) {
                                   auto out = tws::rate_text(doc);
                                   benchmark::DoNotOptimize(out);
                                 }
                                 s.SetItemsProcessed(s.iterations());
                               })
      ->ComputeStatistics("min", bench::fastest);
}

}  // namespace

int main(int argc, char** argv) {
  register_input("certification-v2-random", bench::certification_texts());
  register_input("certification-v2-four-stars", sample("four-stars.json"));
  register_input("coworking-v2-self-check", sample("coworking-checklist-self-check.json"));
  register_input("mic-telework-v4-software-company", sample("mic-software-company-home.json"));
  register_input("csaj-home-2018-software-company", sample("csaj-software-company-home.json"));
  register_input("coworking-user-consultancy", sample("coworking-user-consultancy.json"));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
