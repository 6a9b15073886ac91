// wasm.node: teleworksec.wasm under Node.js (node:wasi) rates exactly as the
// native build.
//
//   node test_node.mjs WASM CLI SAMPLES_DIR BAD_DIR
//
// 1. Every sample of SAMPLES_DIR rates to the bytes of
//    `CLI rate --format json FILE`.
// 2. Every file of BAD_DIR is refused with TWS_BAD_INPUT and the message the
//    CLI prints; each is followed by a sample, which must still rate to the
//    same bytes (the engine restarts its instance after a bad input).
// 3. The catalogs and their fingerprints, and the version, are those of
//    `CLI --version`.
// 4. Every sample in every format (oscal, sarif, html in en and ja) and every
//    catalog exported as an OSCAL catalog give the CLI's bytes; an unknown
//    format is refused with the C API's message.
// Exit status 0 when every check passes, 1 otherwise.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';
import { Checks } from './checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { loadEngine, TWS_OK, TWS_BAD_INPUT } = await import(
  path.join(here, '..', 'web', 'teleworksec.mjs'));

const [wasmPath, cli, samplesDir, badDir] = process.argv.slice(2);
if (!badDir) {
  console.error('usage: node test_node.mjs WASM CLI SAMPLES_DIR BAD_DIR');
  process.exit(2);
}

const checks = new Checks();
const check = checks.check.bind(checks);

const started = performance.now();
const engine = await loadEngine(fs.readFileSync(wasmPath), {
  wasi: () => new WASI({ version: 'preview1', returnOnExit: true }),
});

const jsonFiles = (dir) => fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()
  .map((n) => path.join(dir, n));
const samples = jsonFiles(samplesDir);
const bad = jsonFiles(badDir);
check(samples.length >= 7, `at least 7 samples in ${samplesDir}`);
check(bad.length >= 1, `bad inputs in ${badDir}`);

const cliRate = (file) => spawnSync(cli, ['rate', '--format', 'json', file]);
const expected = new Map(samples.map((file) => {
  const p = cliRate(file);
  check(p.status === 0, `${file}: CLI exit ${p.status}: ${p.stderr}`);
  return [file, p.stdout];
}));

function rateSample(file, after) {
  const { status, bytes } = engine.rateBytes(fs.readFileSync(file), file);
  check(status === TWS_OK, `${file}${after}: status ${status}: ${Buffer.from(bytes)}`);
  check(Buffer.from(bytes).equals(expected.get(file)),
    `${file}${after}: WebAssembly and CLI results differ`);
}

// 1. samples
for (const file of samples) rateSample(file, '');
// A second round on the same instance gives the same bytes again.
for (const file of samples) rateSample(file, ' (again)');

// 2. bad inputs, each followed by a sample
const instancesBefore = engine.instances;
bad.forEach((file, i) => {
  const { status, bytes } = engine.rateBytes(fs.readFileSync(file), file);
  const p = cliRate(file);
  check(status === TWS_BAD_INPUT, `${file}: status ${status}, expected ${TWS_BAD_INPUT}`);
  check(p.status === 2, `${file}: CLI exit ${p.status}`);
  check(Buffer.concat([Buffer.from(bytes), Buffer.from('\n')]).equals(p.stderr),
    `${file}: messages differ: ${JSON.stringify(Buffer.from(bytes).toString())} / ` +
    `${JSON.stringify(p.stderr.toString())}`);
  rateSample(samples[i % samples.length], ` (after ${path.basename(file)})`);
});
check(engine.instances === instancesBefore + bad.length,
  `${bad.length} bad inputs started ${engine.instances - instancesBefore} instances`);

// 3. catalogs, fingerprints, version
const version = execFileSync(cli, ['--version']).toString();
const catalogs = engine.catalogs();
for (const id of ['certification-v2', 'coworking-v2']) {
  check(catalogs.some((c) => c.id === id), `catalogs: ${JSON.stringify(catalogs)} lack ${id}`);
}
for (const c of catalogs) {
  check(version.includes(c.id) && version.includes(c.fingerprint),
    `${c.id}: fingerprint ${c.fingerprint} not in \`teleworksec --version\``);
}
check(version.includes(engine.version()), `version ${engine.version()}`);

// 4. formats and catalog export
const formats = [['oscal'], ['sarif'], ['html', 'en'], ['html', 'ja']];
for (const file of samples) {
  for (const [format, lang = null] of formats) {
    const args = ['rate', '--format', format, ...(lang ? ['--lang', lang] : []), file];
    const p = spawnSync(cli, args);
    const { status, bytes } = engine.rateBytes(fs.readFileSync(file), file, { format, lang });
    check(p.status === 0 && status === TWS_OK, `${file} ${format}: CLI exit ${p.status}, status ${status}`);
    check(Buffer.from(bytes).equals(p.stdout), `${file} ${format} ${lang ?? ''}: WebAssembly and CLI differ`);
  }
}
for (const c of catalogs) {
  const p = spawnSync(cli, ['export', 'oscal-catalog', c.id]);
  check(p.status === 0 && Buffer.from(engine.exportCatalog(c.id, 'oscal-catalog')).equals(p.stdout),
    `${c.id}: exported OSCAL catalogs differ`);
}
const unknown = engine.rateBytes(fs.readFileSync(samples[0]), samples[0], { format: 'yaml' });
check(unknown.status === TWS_BAD_INPUT && Buffer.from(unknown.bytes).toString().startsWith('format: expected'),
  `format yaml: status ${unknown.status}`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
checks.exitOnFailure();
console.log(`WebAssembly = CLI: ${samples.length} samples (twice, and in ${formats.length} formats), ` +
  `${bad.length} bad inputs ` +
  `(${engine.instances} instances), fingerprints ${catalogs.map((c) => c.fingerprint).join(' ')}; ` +
  `${seconds} s`);
