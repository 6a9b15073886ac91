'use strict';

// The command line and the data both peers read: DATA_DIR (written by
// teleworksec_peer_export) with catalog.json, assessments.jsonl and, if
// present, edge_cases.jsonl (checked but not timed); --passes N timed passes.

const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

function loadPeerData(script) {
  const usage = () => {
    console.error(`usage: node ${script} DATA_DIR [--passes N]`);
    process.exit(2);
  };
  const args = process.argv.slice(2);
  if (args.length < 1) usage();
  const dir = args[0];
  let passes = 3;
  for (let i = 1; i < args.length; i += 1) {
    if (args[i] === '--passes' && i + 1 < args.length) passes = Number(args[(i += 1)]);
    else usage();
  }
  if (!Number.isInteger(passes) || passes < 1) usage();

  const readLines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  const catalog = JSON.parse(fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8'));
  const lines = readLines(path.join(dir, 'assessments.jsonl'));
  const edgeFile = path.join(dir, 'edge_cases.jsonl');
  const edges = fs.existsSync(edgeFile) ? readLines(edgeFile) : [];
  return { dir, passes, catalog, lines, edges };
}

// Wall-clock and CPU seconds (user + system, all threads of the process: V8's
// garbage collector, zen-engine's native threads) for n ratings, one at a time.
async function timeRatings(rate, inputs, n) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i += 1) await rate(inputs[i % inputs.length]);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

module.exports = { loadPeerData, timeRatings, median };
