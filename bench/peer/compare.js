'use strict';

// Rates the assessments written by teleworksec_peer_export with the
// json-rules-engine rules of rules.js, requires the same audit grade,
// diagnosis grade, stars and indicative flag as the C++ engine for every one,
// then times json-rules-engine over all of them.
//
// Usage: node compare.js DATA_DIR [--passes N]
//   DATA_DIR holds catalog.json and assessments.jsonl (and, if present,
//   edge_cases.jsonl, checked but not timed). Writes DATA_DIR/peer.json with
//   the figures. Exit 1 on the first disagreement, printed in full.

const fs = require('node:fs');
const path = require('node:path');
const { loadPeerData, timeRatings, median } = require('./peer_data');
const { buildRater, factsOf } = require('./rules');
const engineVersion = require('json-rules-engine/package.json').version;

const { dir, passes, catalog, lines, edges } = loadPeerData('compare.js');

const rate = buildRater(catalog);  // the engines are built once and reused
const inputs = lines.map((line) => factsOf(catalog, line));

const same = (js, cpp) => js.audit === cpp.audit && js.diagnosis === cpp.diagnosis &&
  js.stars === cpp.stars && js.indicative === cpp.indicative;

async function check(set, name) {
  const histogram = new Map();
  for (const line of set) {
    const facts = factsOf(catalog, line);
    const js = await rate(facts);
    if (!same(js, line.cpp)) {
      const explained = await rate(facts, { explain: true });
      console.error(`DISAGREEMENT in ${name}, assessment ${line.n}${line.variant ? ` (${line.variant})` : ''}`);
      console.error(JSON.stringify({
        assessment: {
          n: line.n,
          variant: line.variant,
          false_facts: line.false_facts.map((f) => catalog.facts[f]),
          answers: Object.fromEntries(line.answers.map((c, q) => [catalog.questions[q].id, catalog.answer_codes[c]])),
          checks: Object.fromEntries(line.checks.map((c, k) => [catalog.checks[k], catalog.outcome_codes[c]])),
        },
        cpp: line.cpp,
        json_rules_engine: explained,
      }, null, 2));
      process.exit(1);
    }
    const key = `audit ${js.audit} diagnosis ${js.diagnosis ?? '-'} ${js.stars ? `${'★'.repeat(js.stars)}` : '認証不可'}${js.indicative ? ' (indicative)' : ''}`;
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
  }
  console.log(`${name}: all ${set.length} agree (audit grade, diagnosis grade, stars, indicative)`);
  return [...histogram].sort((a, b) => b[1] - a[1]);
}

const time = (n) => timeRatings(rate, inputs, n);

(async () => {
  const histogram = await check(lines, 'assessments.jsonl');
  for (const [key, n] of histogram) console.log(`  ${String(n).padStart(6)}  ${key}`);
  if (edges.length > 0) await check(edges, 'edge_cases.jsonl');

  // The agreement pass above warmed the engines up; one more short pass, then
  // `passes` timed passes over all assessments, one at a time, as a tool
  // rating assessments in turn would (runs of one engine must not overlap:
  // see README). The median pass is reported.
  await time(Math.min(1000, inputs.length));
  const runs = [];
  for (let p = 0; p < passes; p += 1) {
    const { wall, cpu } = await time(inputs.length);
    runs.push({ wall_seconds: wall, cpu_seconds: cpu });
    console.log(`json-rules-engine pass ${p + 1}: ${inputs.length} assessments in ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`);
  }
  const wallRate = median(runs.map((r) => inputs.length / r.wall_seconds));
  const cpuRate = median(runs.map((r) => inputs.length / r.cpu_seconds));
  console.log(`json-rules-engine ${engineVersion} on node ${process.versions.node}: ` +
    `${wallRate.toFixed(0)} assessments/s wall, ${cpuRate.toFixed(0)} per CPU second (median of ${passes})`);
  fs.writeFileSync(path.join(dir, 'peer.json'), `${JSON.stringify({
    engine: `json-rules-engine ${engineVersion}`,
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
