'use strict';

// The command line and the data both peers read: DATA_DIR (written by
// teleworksec_peer_export) with catalog.json, assessments.jsonl and, if
// present, edge_cases.jsonl (checked but not timed); --passes N timed passes.

const fs = require('node:fs');
const path = require('node:path');

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

module.exports = { loadPeerData };
