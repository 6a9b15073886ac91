// browser.page: the self-assessment page in headless Chromium (the system's
// chromium, driven by playwright-core), served by a static server this test
// starts on 127.0.0.1 and stops.
//
//   node test_browser.mjs --site DIR --deps DIR --chromium PATH --cli PATH
//                         --sample FILE --out DIR
//
// Answers the sample facility's facts, questions and diagnosis through the
// page, and checks that the level and grades it shows are those of
// `teleworksec rate --format json SAMPLE`; then that English works, that the
// exported file rates the same with the CLI, that importing the sample shows
// the same level, and that the page reloads offline. Saves page.png in --out.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['site', 'deps', 'chromium', 'cli', 'sample', 'out']) {
  if (!args[k]) {
    console.error(`test_browser.mjs: --${k} is required`);
    process.exit(2);
  }
}
const { chromium } = createRequire(path.resolve(args.deps, 'package.json'))('playwright-core');

let failures = 0;
function check(ok, what) {
  if (!ok) {
    failures += 1;
    console.error(`FAIL: ${what}`);
  }
}

// --- the static server ----------------------------------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const site = path.resolve(args.site);
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = path.join(site, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  if (!file.startsWith(site + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

// --- what the CLI says -------------------------------------------------------------
const cliResult = (file) => JSON.parse(execFileSync(args.cli, ['rate', '--format', 'json', file]));
const expected = cliResult(args.sample);
const sample = JSON.parse(fs.readFileSync(args.sample, 'utf8'));
const levelJa = (l) => (l.stars > 0 ? `${'★'.repeat(l.stars)} ${l.name_ja}` : l.name_ja);
const levelEn = (l) => (l.stars > 0 ? `${'★'.repeat(l.stars)} ${l.name_en}` : l.name_en);

fs.mkdirSync(args.out, { recursive: true });
const profile = fs.mkdtempSync(path.join(args.out, 'profile-'));
const started = performance.now();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });

  const ready = () => page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
    .catch((e) => { throw new Error(`${e.message}\n${errors.join('\n')}`); });
  const shown = async () => ({
    stars: Number(await page.getAttribute('#level', 'data-stars')),
    level: (await page.textContent('#level')).trim(),
    audit: (await page.textContent('#audit-grade')).trim(),
    diagnosis: (await page.textContent('#diagnosis-grade')).trim(),
  });
  const expectShown = async (want, levelText, what) => {
    const got = await shown();
    check(got.stars === want.level.stars, `${what}: shows ${got.stars} stars, the CLI ${want.level.stars}`);
    check(got.level === levelText(want.level), `${what}: shows "${got.level}", the CLI "${levelText(want.level)}"`);
    check(got.audit === want.audit.grade, `${what}: audit grade ${got.audit}, the CLI ${want.audit.grade}`);
    if (want.diagnosis) {
      check(got.diagnosis === want.diagnosis.grade,
        `${what}: diagnosis grade ${got.diagnosis}, the CLI ${want.diagnosis.grade}`);
    }
    return got;
  };

  await page.goto(base);
  await ready();
  await page.click('#lang-ja');

  // 1. Answer the sample through the form.
  await page.fill('#facility-name', sample.facility.name ?? '');
  await page.selectOption('#catalog', sample.catalog);
  await page.selectOption('#policy', sample.policy ?? 'self_assessment');
  for (const [fact, value] of Object.entries(sample.facility.facts ?? {})) {
    await page.setChecked(`input[name="fact:${fact}"]`, value);
  }
  let answered = 0;
  let hidden = 0;
  for (const [q, a] of Object.entries(sample.answers)) {
    const value = typeof a === 'string' ? a : a.answer;
    const radio = page.locator(`input[name="${q}"][value="${value}"]`);
    if (!(await radio.isVisible())) {
      hidden += 1;  // the facts make it not applicable: the page does not ask it
      continue;
    }
    await radio.check();
    if (value === 'na' && a.reason) await page.fill(`input[name="reason:${q}"]`, a.reason);
    answered += 1;
  }
  for (const [k, c] of Object.entries(sample.diagnosis ?? {})) {
    let value = typeof c === 'string' ? c : c.status;
    if (value === 'findings') {
      const order = ['low', 'medium', 'high', 'urgent'];
      value = `findings:${order[Math.max(...c.findings.map((f) => order.indexOf(f.severity)))]}`;
    }
    await page.selectOption(`select[name="${k}"]`, value);
  }
  const fromForm = await expectShown(expected, levelJa, 'answered through the form');
  check(answered > 40, `only ${answered} questions answered through the form`);
  const visibleQuestions = await page.locator('.question:visible').count();
  check(visibleQuestions < 56, `all 56 questions shown although facts are false (${visibleQuestions})`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(args.out, 'page.png') });

  // 2. English.
  await page.click('#lang-en');
  await expectShown(expected, levelEn, 'in English');
  check((await page.textContent('h1')).includes('self-assessment'), 'English title');

  // 3. Export: the file rates the same with the CLI.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const exported = path.join(args.out, 'exported.json');
  await download.saveAs(exported);
  const fromExport = cliResult(exported);
  check(fromExport.level.stars === expected.level.stars && fromExport.audit.grade === expected.audit.grade,
    `exported file rates ${fromExport.level.stars} stars / audit ${fromExport.audit.grade} with the CLI`);

  // 4. Import the sample itself.
  await page.click('#lang-ja');
  await page.setInputFiles('#import-file', args.sample);
  await page.waitForFunction((name) => document.querySelector('#facility-name').value === name,
    sample.facility.name ?? '');
  await expectShown(expected, levelJa, 'imported');
  // A bad file is refused with the engine's message; the assessment stays.
  const badFile = path.join(args.out, 'bad.json');
  fs.writeFileSync(badFile, '{"schema": "teleworksec/assessment/v1", "catalog": "nope"}');
  await page.setInputFiles('#import-file', badFile);
  await page.waitForSelector('#message:not([hidden])');
  check((await page.textContent('#message')).startsWith('bad.json: $'), 'bad import message');
  await expectShown(expected, levelJa, 'after a refused import');

  // 5. Offline, once loaded: reload with the network cut off.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await ready();
  await context.setOffline(true);
  server.close();
  await page.reload();
  await ready();
  await expectShown(expected, levelJa, 'offline reload');
  await context.setOffline(false);

  for (const e of errors) check(false, e);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures === 0) {
    console.log(`page = CLI: ${fromForm.level} (audit ${fromForm.audit}, diagnosis ${fromForm.diagnosis}) ` +
      `for ${path.basename(args.sample)}: ${answered} questions answered through the form ` +
      `(${hidden} not asked), in English, exported, imported, offline; ${seconds} s; ` +
      `screenshot ${path.join(args.out, 'page.png')}`);
  }
} finally {
  await context.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
