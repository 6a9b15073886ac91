#!/usr/bin/env bash
# Reproduces every figure of the README's Performance section in one run:
# engine speed (Google Benchmark), the C API per call, the JSON path, the
# CLI's start-up and single-file rating (hyperfine), compile-time cost, the
# Cortex-M4 image size, the web page's figures (bench/page_bench.mjs), the
# batch figure (bench/batch.sh) and the side-by-side comparison with
# json-rules-engine and zen-engine. A part whose tool is missing is skipped
# with the reason.
#   bash bench/run_all.sh [BUILD_DIR]      (default build/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/bench}

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  cpus: $(nproc)  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
g++ --version | head -n1
clang++ --version | head -n1

# Builds and runs a benchmark that needs the JSON layer, or says why not:
#   optional_bench DIR TARGET REPETITIONS TITLE SKIPPED
optional_bench() {
  if cmake --build "$1" --target "$2" >/dev/null 2>&1; then
    echo "== $4 ($3 repetitions)"
    "$1/bench/$2" --benchmark_repetitions="$3" --benchmark_min_time=0.05 \
      --benchmark_report_aggregates_only=true 2>/dev/null | grep -E '_median|_min|^Benchmark'
  else
    echo "== $5"
  fi
}

# The engine benchmark with both compilers (Release: -O3), side by side.
for cxx in g++ clang++; do
  dir=$build
  [ "$cxx" = clang++ ] && dir=$build-clang
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=$cxx \
      -DTELEWORKSEC_BUILD_TESTS=OFF -DTELEWORKSEC_BUILD_BENCHMARKS=ON >/dev/null
  fi
  # The CLI (hyperfine below) is an example.
  cmake -S . -B "$dir" -DTELEWORKSEC_BUILD_EXAMPLES=ON >/dev/null
  cmake --build "$dir" --target teleworksec_bench >/dev/null
  # Many short repetitions: the median, and the fastest (steadiest on a shared
  # machine, where other processes only add time).
  echo "== engine, $cxx -O3 (Google Benchmark, 20 repetitions: median and fastest)"
  "$dir/bench/teleworksec_bench" --benchmark_repetitions=20 --benchmark_report_aggregates_only=true \
    --benchmark_min_time=0.05 2>/dev/null | grep -E '_median|_min|^Benchmark'
  # What a binding pays per call: tws_rate_json through the shared library.
  optional_bench "$dir" teleworksec_c_api_bench 20 "C API tws_rate_json on a certification sample, $cxx -O3" \
    "C API: skipped, teleworksec::c_api is not built here (needs nlohmann/json)"
  # The JSON path every binding takes: DOM reference against the direct
  # reader and writer, a sample of every catalog kind.
  optional_bench "$dir" teleworksec_json_bench 20 "JSON text -> rate -> result text, $cxx -O3" \
    "JSON path: skipped, teleworksec::json is not built here (needs nlohmann/json)"
done

# The CLI as a user runs it: start-up alone, and rating one file, many runs.
echo "== CLI (g++ -O3), hyperfine"
cli=$build/examples/cli/teleworksec
sample=examples/assessments/four-stars.json
if ! command -v hyperfine >/dev/null; then
  echo "hyperfine not installed (Debian: apt-get install hyperfine): CLI figures skipped"
elif ! cmake --build "$build" --target teleworksec_cli >/dev/null 2>&1; then
  echo "the CLI does not build here (needs nlohmann/json): CLI figures skipped"
else
  hyperfine -N --warmup 20 --runs 300 --style basic \
    "$cli --version" "$cli rate $sample" 2>/dev/null | grep -E 'Benchmark|Time|Range'
fi

echo "== compile time (seconds, best of 5, -O2 -c)"
best_of_5() {
  local best=999
  for _ in 1 2 3 4 5; do
    local start end t
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    best=$(echo "if ($t < $best) $t else $best" | bc)
  done
  echo "$best"
}
out=$(mktemp -d)
for cxx in g++ clang++; do
  base=$(best_of_5 "$cxx" -std=c++20 -O2 -Iinclude -c bench/probes/baseline.cpp -o "$out/b.o")
  umbrella=$(best_of_5 "$cxx" -std=c++20 -O2 -Iinclude -c bench/probes/include_only.cpp -o "$out/i.o")
  full=$(best_of_5 "$cxx" -std=c++20 -O2 -Iinclude -c bench/probes/static_full_assessment.cpp -o "$out/s.o")
  printf '%-8s baseline %s  umbrella %s (extra %s)  full assessment in static_assert %s\n' \
    "$cxx" "$base" "$umbrella" "$(echo "$umbrella - $base" | bc)" "$full"
done
rm -rf "$out"

echo "== Cortex-M4 firmware image"
if command -v arm-none-eabi-g++ >/dev/null; then
  cmake -DCXX=arm-none-eabi-g++ -DSIZE=arm-none-eabi-size -DSOURCE_DIR="$PWD" \
    -DBINARY_DIR="$(mktemp -d)" -P examples/firmware/firmware_size.cmake
else
  echo "arm-none-eabi-g++ not installed (apt-get install gcc-arm-none-eabi libstdc++-arm-none-eabi-newlib)"
fi

echo "== web page (headless Chromium): .wasm size, load to first rating, time per change"
chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if ! command -v node >/dev/null || ! command -v npm >/dev/null || [ -z "$chromium_bin" ]; then
  echo "node, npm or chromium not installed: web figures skipped"
elif ! cmake --build "$build" --target teleworksec_web >/dev/null 2>&1; then
  echo "the web page does not build here (needs clang++ for wasm32-wasi): web figures skipped"
else
  cmake -DNPM="$(command -v npm)" -DSRC=examples/wasm -DDEST="$build/web-deps" \
    -P examples/wasm/npm_ci.cmake >/dev/null
  node bench/page_bench.mjs --site "$build/examples/web" --deps "$build/web-deps" \
    --chromium "$chromium_bin" --sample "$sample"
fi

echo "== many files at once (bench/batch.sh)"
bash bench/batch.sh "$build"

echo "== peer comparison (json-rules-engine, zen-engine)"
bash bench/peer/run.sh "$build"
