#!/usr/bin/env bash
# The peer comparison (issue 7, item 4; issue 15, item 5; SPEC §8), in one
# run: builds the exporter and the C++ benchmarks, writes the catalog tables
# and the 10,000 random assessments, checks that json-rules-engine and
# zen-engine agree with the C++ engine on every one and times them, times the
# C++ engine and its JSON round trip with Google Benchmark, and prints the
# figures side by side.
#
# Usage: bench/peer/run.sh [BUILD_DIR]        (default: build/bench)
# Environment: PEER_PASSES — timed json-rules-engine passes (default 3).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-build/bench}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
passes="${PEER_PASSES:-3}"
data="$build/bench/peer-data"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DTELEWORKSEC_BUILD_TESTS=OFF -DTELEWORKSEC_BUILD_EXAMPLES=OFF \
    -DTELEWORKSEC_BUILD_BENCHMARKS=ON
fi
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")"
if [[ "$build_type" != "Release" ]]; then
  echo "run.sh: warning: $build is a '${build_type:-no build type}' build; figures need Release" >&2
fi
cmake --build "$build" --target teleworksec_peer_export teleworksec_peer_bench teleworksec_bench

"$build/bench/teleworksec_peer_export" "$data"

if ! (cd "$here" && node -e "require('json-rules-engine'); require('@gorules/zen-engine')" 2>/dev/null); then
  # npm 11's ci refuses this lock file: it wants entries for zen-engine's
  # native bindings of other platforms, which npm leaves out of the lock on
  # this one. install keeps the locked versions.
  (cd "$here" && { npm ci --no-audit --no-fund 2>/dev/null || npm install --no-audit --no-fund; })
fi

# Agreement on all 10,000 (exit 1 on the first disagreement), then timing.
node "$here/compare.js" "$data" --passes "$passes"
# The same for zen-engine's decision graph. Its native binding exists for the
# common platforms only: where it does not load, say so and go on.
rm -f "$data/zen.json"
if (cd "$here" && node -e "require('@gorules/zen-engine')" 2>/dev/null); then
  node "$here/zen_compare.js" "$data" --passes "$passes"
else
  echo "zen-engine: skipped, its native binding does not load on $(uname -sm) (npm @gorules/zen-engine)"
fi

# Our own JSON path on a certification assessment: text in, result text out.
"$build/bench/teleworksec_bench" --benchmark_filter=json_read_rate_write \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_format=json >"$data/cpp_json.json"

# The C++ engine on the same assessments, on one core.
"$build/bench/teleworksec_peer_bench" --benchmark_filter=peer_replay \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_format=json >"$data/cpp.json"

cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")"
cxx_flags="$(sed -n "s/^CMAKE_CXX_FLAGS_${build_type^^}:[A-Z]*=//p" "$build/CMakeCache.txt")"
export PEER_CXX="$("$cxx" --version | head -n 1) ${cxx_flags}"
export PEER_NPROC="$(nproc)"
export PEER_MODEL="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
export PEER_LOAD="$(cut -d ' ' -f 1-3 /proc/loadavg)"
export PEER_DATE="$(date -u +%Y-%m-%dT%H:%MZ)"

node - "$data" <<'EOF'
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
const js = JSON.parse(fs.readFileSync(path.join(dir, 'peer.json'), 'utf8'));
const gb = JSON.parse(fs.readFileSync(path.join(dir, 'cpp.json'), 'utf8'));
const median = gb.benchmarks.find((b) => b.name === 'peer_replay_median');
if (!median) throw new Error('no peer_replay_median in the Google Benchmark output');
const jsonPath = JSON.parse(fs.readFileSync(path.join(dir, 'cpp_json.json'), 'utf8'))
  .benchmarks.find((b) => b.name === 'json_read_rate_write_median');
const zenFile = path.join(dir, 'zen.json');
const zen = fs.existsSync(zenFile) ? JSON.parse(fs.readFileSync(zenFile, 'utf8')) : null;
const perSecond = (time) => ({ ns: 1e9, us: 1e6, ms: 1e3, s: 1 })[median.time_unit] / time;
const cpp = { wall: perSecond(median.real_time), cpu: perSecond(median.cpu_time) };
const fmt = (x) => Math.round(x).toLocaleString('en-US');
const ratio = (a, b) => `${fmt(a / b)}×`;
const rows = [
  ['', 'wall clock', 'CPU time'],
  ['C++ teleworksec (assessments/s)', fmt(cpp.wall), fmt(cpp.cpu)],
  [`${js.engine} (assessments/s)`, fmt(js.items_per_second), fmt(js.items_per_cpu_second)],
  ['ratio (SPEC §8: ≥ 10,000×)', ratio(cpp.wall, js.items_per_second), ratio(cpp.cpu, js.items_per_cpu_second)],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log('');
console.log(`peer comparison: ${js.agreed} assessments agree (+${js.edge_cases_agreed} edge cases)`);
for (const r of rows) console.log(`  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}`);
console.log(`  lower of the two ratios: ${ratio(Math.min(cpp.wall / js.items_per_second, cpp.cpu / js.items_per_cpu_second), 1)}` +
  ' (wall-clock figures swing with the load of a shared machine; CPU time is steadier)');
// Time per decision, side by side: the engine, our JSON round trip, the peers.
const perDecision = (seconds) => (seconds >= 1e-3 ? `${(seconds * 1e3).toFixed(2)} ms` : seconds >= 1e-6 ? `${(seconds * 1e6).toFixed(1)} µs` : `${(seconds * 1e9).toFixed(0)} ns`);
const unit = (b) => ({ ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 })[b.time_unit];
const timeRows = [
  ['per decision (wall clock / CPU)', 'wall', 'CPU'],
  ['C++ engine, evaluate()', perDecision(1 / cpp.wall), perDecision(1 / cpp.cpu)],
];
if (jsonPath) timeRows.push(['C++ JSON text → rate → result text', perDecision(jsonPath.real_time * unit(jsonPath)), perDecision(jsonPath.cpu_time * unit(jsonPath))]);
timeRows.push([js.engine, perDecision(1 / js.items_per_second), perDecision(1 / js.items_per_cpu_second)]);
if (zen) timeRows.push([`${zen.engine} (decision graph, JSON in/out)`, perDecision(1 / zen.items_per_second), perDecision(1 / zen.items_per_cpu_second)]);
const timeWidths = timeRows[0].map((_, c) => Math.max(...timeRows.map((r) => r[c].length)));
console.log('');
console.log(`zen-engine: ${zen ? `${zen.agreed} assessments agree (+${zen.edge_cases_agreed} edge cases)` : 'skipped'}`);
for (const r of timeRows) console.log(`  ${r[0].padEnd(timeWidths[0])}  ${r[1].padStart(timeWidths[1])}  ${r[2].padStart(timeWidths[2])}`);
if (zen && jsonPath) {
  console.log(`  zen-engine / C++ JSON round trip: ${((1 / zen.items_per_cpu_second) / (jsonPath.cpu_time * unit(jsonPath))).toFixed(1)}× (CPU)`);
  console.log(`  zen-engine / C++ engine: ${ratio(cpp.cpu, zen.items_per_cpu_second)} (CPU)`);
}
console.log('');
console.log(`  C++: Google Benchmark peer_replay, median of ${median.repetitions} repetitions`);
console.log(`  json-rules-engine: median of ${js.passes.length} sequential passes over ${js.assessments} assessments, node ${js.node}`);
console.log(`  machine: ${process.env.PEER_NPROC} CPUs, ${process.env.PEER_MODEL}, load ${process.env.PEER_LOAD}`);
console.log(`  compiler: ${process.env.PEER_CXX}`);
console.log(`  date: ${process.env.PEER_DATE}`);
EOF
