// The web page's figures (README, Performance): the size of teleworksec.wasm,
// raw and gzip-compressed; the time from navigation to the first rating shown,
// in headless Chromium with an empty cache; and the time per change — the
// engine's call (tws_rate_json in WebAssembly, the input of c_api_bench.cpp)
// and a whole change of the form (an answer clicked: rated and redrawn).
//
//   node bench/page_bench.mjs --site DIR --deps DIR --chromium PATH --sample FILE [--runs N]
//
// --site is the built examples/web, --deps a folder with playwright-core
// installed (examples/wasm/npm_ci.cmake), --sample a certification-v2 sample.
// Prints medians of --runs loads (default 15) and of 11 batches of 20 calls or changes.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

import { serve } from '../examples/wasm/static_server.mjs';

const args = { runs: '15' };
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['site', 'deps', 'chromium', 'sample']) {
  if (!args[k]) {
    console.error(`page_bench.mjs: --${k} is required`);
    process.exit(2);
  }
}
const { chromium } = createRequire(path.resolve(args.deps, 'package.json'))('playwright-core');
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const site = path.resolve(args.site);

const wasm = fs.readFileSync(path.join(site, 'teleworksec.wasm'));
const gzip = zlib.gzipSync(wasm, { level: 9 });
console.log(`teleworksec.wasm: ${wasm.length} bytes raw, ${gzip.length} bytes gzip -9`);

const server = await serve(site);
const { base } = server;
const browser = await chromium.launch({ executablePath: args.chromium, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  // Loads, each in a fresh context (empty cache, no service worker, no storage).
  const loads = [];
  for (let i = 0; i < Number(args.runs); i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    loads.push(await page.evaluate(() => performance.getEntriesByName('teleworksec:first-rating')[0].startTime));
    await context.close();
  }
  console.log(`page load to first rating: median ${median(loads).toFixed(0)} ms of ${loads.length} ` +
    `(${Math.min(...loads).toFixed(0)}–${Math.max(...loads).toFixed(0)} ms)`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  // The engine's call alone, on the C API benchmark's input.
  const sample = fs.readFileSync(args.sample, 'utf8');
  // Batches of 20 calls (the browser's clock is coarse), 11 batches: ms per call.
  await page.evaluate(() => {
    window.batches = (f) => Array.from({ length: 11 }, () => {
      const t0 = performance.now();
      for (let k = 0; k < 20; k++) f();
      return (performance.now() - t0) / 20;
    });
  });
  const perCall = await page.evaluate(async (text) => {
    const { load } = await import('./teleworksec.mjs');
    const tws = await load();
    // Warm-up: V8 compiles WebAssembly with a baseline compiler first and
    // optimizes the hot functions after a few hundred calls.
    for (let i = 0; i < 300; i++) tws.engine.rateBytes(text, 'sample.json');
    return batches(() => tws.engine.rateBytes(text, 'sample.json'));
  }, sample);
  // A whole change: the sample imported, then one answer flipped between yes
  // and no; the click's handlers rate and redraw synchronously.
  await page.selectOption('#catalog', JSON.parse(sample).catalog);
  await page.setInputFiles('#import-file', args.sample);
  await page.waitForFunction((name) => document.querySelector('#facility-name').value === name,
    JSON.parse(sample).facility?.name ?? '');
  const perChange = await page.evaluate(() => {
    const id = document.querySelector('#entries .entry:not([hidden])').dataset.id;
    const radios = ['yes', 'no'].map((v) => document.querySelector(`input[name="${id}"][value="${v}"]`));
    let i = 0;
    for (; i < 100; i++) radios[i % 2].click();  // warm-up
    return batches(() => radios[i++ % 2].click());
  });
  await context.close();
  console.log(`per change in the page: engine call (tws_rate_json in WebAssembly, ${path.basename(args.sample)}) ` +
    `median ${(median(perCall) * 1000).toFixed(0)} µs; whole change (rate and redraw) median ` +
    `${median(perChange).toFixed(2)} ms (medians of ${perChange.length} batches of 20)`);
} finally {
  await browser.close();
  server.close();
}
