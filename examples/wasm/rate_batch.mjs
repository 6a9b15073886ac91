// Rates many assessments through teleworksec.wasm in one Node.js process, for
// the WebAssembly leg of examples/python/test_equal.py.
//
//   node rate_batch.mjs WASM DIR
//
// DIR/manifest.json is [{"input": FILE, "name": NAME}, …]; each FILE (relative
// to DIR) is rated with tws_rate_json under NAME, and its output bytes are
// written to DIR/<index>.out. DIR/results.json receives
// {"statuses": [status, …], "catalogs": [...], "version": "…", "instances": n}.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';

const here = path.dirname(fileURLToPath(import.meta.url));
const { loadEngine } = await import(path.join(here, '..', 'web', 'teleworksec.mjs'));

const [wasmPath, dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node rate_batch.mjs WASM DIR');
  process.exit(2);
}
const engine = await loadEngine(fs.readFileSync(wasmPath), {
  wasi: () => new WASI({ version: 'preview1', returnOnExit: true }),
});
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const statuses = manifest.map(({ input, name }, i) => {
  const { status, bytes } = engine.rateBytes(fs.readFileSync(path.join(dir, input)), name);
  fs.writeFileSync(path.join(dir, `${i}.out`), bytes);
  return status;
});
fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({
  statuses,
  catalogs: engine.catalogs(),
  version: engine.version(),
  instances: engine.instances,
}));
