#!/usr/bin/env bash
# The batch figure: `teleworksec rate --jsonl` over N generated assessments
# (default 100,000; the five catalogs in turn), with --jobs 1 and with one job
# per core: assessments per second (wall clock) and peak memory (maximum
# resident set, from /usr/bin/time -v), once for N and once for N/10 to show
# that memory does not grow with the number of inputs.
#   bash bench/batch.sh [BUILD_DIR] [N]      (default build/bench, 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/bench}
n=${2:-100000}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DTELEWORKSEC_BUILD_TESTS=OFF -DTELEWORKSEC_BUILD_EXAMPLES=ON \
    -DTELEWORKSEC_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target teleworksec_cli teleworksec_batch_inputs >/dev/null
cli=$build/examples/cli/teleworksec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/teleworksec_batch_inputs" "$n" > "$work/in.jsonl"
"$build/bench/teleworksec_batch_inputs" "$((n / 10))" > "$work/small.jsonl"
echo "== batch: rate --jsonl, $n assessments ($(du -h "$work/in.jsonl" | cut -f1) of JSON Lines), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
for input in small in; do
  count=$(wc -l < "$work/$input.jsonl")
  for jobs in 1 "$(nproc)"; do
    for format in json table; do
      /usr/bin/time -v "$cli" rate --jsonl "$work/$input.jsonl" --jobs "$jobs" --format "$format" \
        > /dev/null 2> "$work/time.txt" || true
      wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
      secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
      rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
      printf '%7d inputs  --jobs %s  --format %-5s  %8.0f assessments/s  peak %6d KiB\n' \
        "$count" "$jobs" "$format" "$(echo "$count / $secs" | bc -l)" "$rss"
    done
  done
done
