#!/usr/bin/env bash
# Reproduces every figure of the README's Performance section in one run:
# engine speed (Google Benchmark), compile-time cost, the Cortex-M4 image
# size, and the side-by-side ratio to json-rules-engine.
#   bash bench/run_all.sh [BUILD_DIR]      (default build/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/bench}

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  cpus: $(nproc)  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
g++ --version | head -n1
clang++ --version | head -n1

# The engine benchmark with both compilers (Release: -O3), side by side.
for cxx in g++ clang++; do
  dir=$build
  [ "$cxx" = clang++ ] && dir=$build-clang
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=$cxx \
      -DTELEWORKSEC_BUILD_TESTS=OFF -DTELEWORKSEC_BUILD_EXAMPLES=OFF \
      -DTELEWORKSEC_BUILD_BENCHMARKS=ON >/dev/null
  fi
  cmake --build "$dir" --target teleworksec_bench >/dev/null
  echo "== engine, $cxx -O3 (Google Benchmark, median of 5)"
  "$dir/bench/teleworksec_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_min_time=0.5 2>/dev/null | grep -E '_median|^Benchmark'
done

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

echo "== peer comparison (json-rules-engine)"
bash bench/peer/run.sh "$build"
