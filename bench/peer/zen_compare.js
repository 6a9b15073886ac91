'use strict';

// Rates the assessments written by teleworksec_peer_export with the GoRules
// zen-engine decision graph certification.zen.json (built by zen_graph.js),
// requires the same audit grade, diagnosis grade, stars and indicative flag as
// the C++ engine for every one, then times zen-engine over all of them.
//
// Usage: node zen_compare.js DATA_DIR [--passes N]
//   Writes DATA_DIR/zen.json with the figures. Exit 1 on the first
//   disagreement (printed in full), or when the committed graph is not the one
//   zen_graph.js builds from DATA_DIR/catalog.json.

const fs = require('node:fs');
const path = require('node:path');
const { loadPeerData, timeRatings, median } = require('./peer_data');
const { ZenEngine } = require('@gorules/zen-engine');
const { buildGraph, inputOf } = require('./zen_graph');
const engineVersion = require('@gorules/zen-engine/package.json').version;

const { dir, passes, catalog, lines, edges } = loadPeerData('zen_compare.js');

const committed = JSON.parse(fs.readFileSync(path.join(__dirname, 'certification.zen.json'), 'utf8'));
if (JSON.stringify(committed) !== JSON.stringify(buildGraph(catalog))) {
  console.error('zen_compare.js: certification.zen.json is not the graph zen_graph.js builds from ' +
    `${path.join(dir, 'catalog.json')}; rebuild it: node bench/peer/zen_graph.js DATA_DIR > bench/peer/certification.zen.json`);
  process.exit(1);
}
const decision = new ZenEngine().createDecision(committed);
const rate = async (input) => (await decision.evaluate(input)).result;
const inputs = lines.map((line) => inputOf(catalog, line));

const same = (zen, cpp) => zen.audit === cpp.audit && (zen.diagnosis === 'none' ? null : zen.diagnosis) === cpp.diagnosis &&
  zen.stars === cpp.stars && zen.indicative === cpp.indicative;

async function check(set, name) {
  for (const line of set) {
    const input = inputOf(catalog, line);
    const zen = await rate(input);
    if (!same(zen, line.cpp)) {
      const trace = await decision.evaluate(input, { trace: true });
      console.error(`DISAGREEMENT in ${name}, assessment ${line.n}${line.variant ? ` (${line.variant})` : ''}`);
      console.error(JSON.stringify({ input, cpp: line.cpp, zen, trace: trace.trace }, null, 2));
      process.exit(1);
    }
  }
  console.log(`${name}: all ${set.length} agree with zen-engine (audit grade, diagnosis grade, stars, indicative)`);
}

const time = (n) => timeRatings(rate, inputs, n);

(async () => {
  await check(lines, 'assessments.jsonl');
  if (edges.length > 0) await check(edges, 'edge_cases.jsonl');
  await time(Math.min(1000, inputs.length));
  const runs = [];
  for (let p = 0; p < passes; p += 1) {
    const { wall, cpu } = await time(inputs.length);
    runs.push({ wall_seconds: wall, cpu_seconds: cpu });
    console.log(`zen-engine pass ${p + 1}: ${inputs.length} decisions in ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`);
  }
  const wallRate = median(runs.map((r) => inputs.length / r.wall_seconds));
  const cpuRate = median(runs.map((r) => inputs.length / r.cpu_seconds));
  console.log(`zen-engine ${engineVersion} on node ${process.versions.node}: ` +
    `${(1e6 / wallRate).toFixed(1)} µs per decision wall, ${(1e6 / cpuRate).toFixed(1)} µs CPU (median of ${passes})`);
  fs.writeFileSync(path.join(dir, 'zen.json'), `${JSON.stringify({
    engine: `zen-engine ${engineVersion}`,
    node: process.versions.node,
    assessments: inputs.length,
    agreed: lines.length,
    edge_cases_agreed: edges.length,
    passes: runs,
    items_per_second: wallRate,
    items_per_cpu_second: cpuRate,
  }, null, 2)}\n`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
