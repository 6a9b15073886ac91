// browser.page: the self-assessment page in headless Chromium (the system's
// chromium, driven by playwright-core), served by a static server this test
// starts on 127.0.0.1 and stops.
//
//   node test_browser.mjs --site DIR --deps DIR --chromium PATH --cli PATH
//                         --samples DIR --out DIR
//
// For every catalog of the site (catalogs/index.json) it takes the largest
// sample of --samples that the form can express — not under the
// audit policy, whose yeses need evidence the page does not edit — picks the
// catalog, starts a blank assessment and answers the sample through the form
// (facts, answers with reasons, inspector overrides, diagnosis; decisions with
// deadlines, justifications and impacts). Then:
//   - the level, grades, conformance, plan or residual risks the page shows
//     are those of `teleworksec rate --format json SAMPLE`;
//   - axe-core finds no serious or critical violation in the page;
//   - at 375 px (a phone) and 640 px (1280 px at 200 % zoom) nothing scrolls
//     sideways; screenshots <catalog>-desktop.png and <catalog>-phone.png;
//   - the exported file rates as the sample with the CLI, and importing it
//     shows the same result.
// Then, once: keyboard-only answering, English, a refused bad import, and an
// offline reload. Screenshots and exports go to --out.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { serve } from './static_server.mjs';
import { Checks } from './checks.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['site', 'deps', 'chromium', 'cli', 'samples', 'out']) {
  if (!args[k]) {
    console.error(`test_browser.mjs: --${k} is required`);
    process.exit(2);
  }
}
const depsRequire = createRequire(path.resolve(args.deps, 'package.json'));
const { chromium } = depsRequire('playwright-core');
const axeSource = depsRequire.resolve('axe-core/axe.min.js');

const checks = new Checks();
const check = checks.check.bind(checks);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const server = await serve(args.site);
const { base } = server;

// --- the samples and what the CLI says ------------------------------------------
const cliResult = (file) => JSON.parse(execFileSync(args.cli, ['rate', '--format', 'json', file]));
const expressible = (s) => s.policy !== 'audit';
const catalogs = JSON.parse(fs.readFileSync(path.join(args.site, 'catalogs', 'index.json'), 'utf8'));
const sampleFiles = fs.readdirSync(args.samples).filter((n) => n.endsWith('.json')).sort()
  .map((n) => path.join(args.samples, n));
const samples = catalogs.map((catalog) => {
  const [file] = sampleFiles.filter((f) => {
    const s = JSON.parse(fs.readFileSync(f, 'utf8'));
    return s.catalog === catalog && expressible(s);
  }).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  check(file !== undefined, `${catalog}: no sample in ${args.samples} that the form can express`);
  return file && { catalog, file, doc: JSON.parse(fs.readFileSync(file, 'utf8')), want: cliResult(file) };
}).filter(Boolean);

// What must agree between the sample's rating and the exported file's: the
// result's verdict for each kind.
function verdict(r) {
  if (r.audit) return { level: r.level, audit: r.audit.grade, diagnosis: r.diagnosis?.grade ?? null, unanswered: r.unanswered };
  if (r.roles) return { level: r.level, groups: r.groups, gaps: r.gaps, unanswered: r.unanswered };
  if ('conformant' in r) return { conformant: r.conformant, plan: r.plan, nonconforming: r.nonconforming, undecided: r.undecided };
  return { overall: r.overall, residual: r.residual_risks, unanswered: r.unanswered };
}

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
  page.on('dialog', (d) => d.accept());

  const ready = () => page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
    .catch((e) => { throw new Error(`${e.message}\n${errors.join('\n')}`); });
  const text = async (sel) => ((await page.textContent(sel)) ?? '').trim();
  const ids = (sel) => page.$$eval(sel, (nodes) => nodes.map((n) => n.dataset.id));

  // What the page shows against the CLI's result (Japanese).
  async function expectShown(want, what) {
    check(await text('#fingerprint') === want.fingerprint, `${what}: fingerprint`);
    const open = want.unanswered ?? want.undecided;
    const shownOpen = await text('dd[data-key="unanswered"]');
    check(open === 0 ? shownOpen === 'なし' : shownOpen.startsWith(`${open} `),
      `${what}: unanswered "${shownOpen}", the CLI ${open}`);
    if (want.audit) {
      const level = want.level.stars > 0 ? `${'★'.repeat(want.level.stars)} ${want.level.name_ja}` : want.level.name_ja;
      const shown = await text('dd[data-key="level"] .level');
      check(shown === level, `${what}: level "${shown}", the CLI "${level}"`);
      check(await text('dd[data-key="audit"]') === want.audit.grade, `${what}: audit grade`);
      if (want.diagnosis) check(await text('dd[data-key="diagnosis"]') === want.diagnosis.grade, `${what}: diagnosis grade`);
    } else if (want.roles) {
      const shown = await text('dd[data-key="level"]');
      check(shown === want.level.name_ja, `${what}: level "${shown}", the CLI "${want.level.name_ja}"`);
      check(same(await ids('#next li'), [...want.gaps.basic, ...want.gaps.recommended]), `${what}: gaps`);
    } else if ('conformant' in want) {
      check(await text('dd[data-key="conformance"]') === (want.conformant ? '適合' : '不適合'), `${what}: conformance`);
      check(same(await ids('#next .plan li'), want.plan.map((p) => p.id)), `${what}: plan order`);
      check(same(await ids('#next .plan li.overdue'), want.plan.filter((p) => p.overdue).map((p) => p.id)), `${what}: overdue`);
    } else {
      check(same(await ids('#next tr.residual'), want.residual_risks.map((r) => r.id)),
        `${what}: residual risks ${await ids('#next tr.residual')}, the CLI ${want.residual_risks.map((r) => r.id)}`);
    }
  }

  // Answers one sample through the form.
  async function fill(s) {
    const d = s.doc;
    await page.fill('#facility-name', d.facility?.name ?? '');
    await page.fill('#date', d.date ?? '');
    if (d.policy && await page.isVisible('#policy')) await page.selectOption('#policy', d.policy);
    for (const [fact, value] of Object.entries(d.facility?.facts ?? {})) {
      await page.setChecked(`input[name="fact:${fact}"]`, value);
    }
    let asked = 0;
    let notShown = 0;
    for (const [id, a] of Object.entries(d.answers ?? {})) {
      const value = typeof a === 'string' ? a : a.answer;
      const radio = page.locator(`input[name="${id}"][value="${value}"]`);
      if (!(await radio.isVisible())) {
        notShown += 1;  // the facts make it not applicable: the page does not ask it
        continue;
      }
      await radio.check();
      if (value === 'na' && a.reason) await page.fill(`input[name="reason:${id}"]`, a.reason);
      asked += 1;
    }
    for (const [key, o] of Object.entries(d.overrides ?? {})) {
      const select = page.locator(`select[name="override:${key}"]`);
      await select.evaluate((node) => { node.closest('details').open = true; });
      await select.selectOption(o.status);
      if (o.by) await page.fill(`input[name="override-by:${key}"]`, o.by);
    }
    for (const [k, c] of Object.entries(d.diagnosis ?? {})) {
      let value = typeof c === 'string' ? c : c.status;
      if (value === 'findings') {
        const order = ['low', 'medium', 'high', 'urgent'];
        value = `findings:${order[Math.max(...c.findings.map((f) => order.indexOf(f.severity)))]}`;
      }
      await page.selectOption(`select[name="${k}"]`, value);
    }
    for (const [id, dec] of Object.entries(d.decisions ?? {})) {
      const o = typeof dec === 'string' ? { decision: dec } : dec;
      await page.selectOption(`select[name="decision:${id}"]`, o.decision);
      if (o.deadline) await page.fill(`input[name="deadline:${id}"]`, o.deadline);
      if (o.justification) await page.fill(`input[name="justification:${id}"]`, o.justification);
      for (const [aspect, level] of Object.entries(o.impact ?? {})) {
        await page.selectOption(`select[name="impact:${aspect}:${id}"]`, level);
      }
      asked += 1;
    }
    return { asked, notShown };
  }

  // Axe in the page: serious and critical violations.
  async function axe(what) {
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
      .violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
    check(violations.length === 0, `${what}: axe-core: ${violations.join('; ')}`);
    return violations.length;
  }

  // Nothing wider than the viewport at a width; a screenshot if asked.
  async function atWidth(width, what, shot) {
    await page.setViewportSize({ width, height: 900 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= width, `${what}: ${wide} px wide at a ${width} px viewport`);
    if (shot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: shot });
      check(fs.statSync(shot).size > 0, `${shot} is empty`);
    }
  }

  await page.goto(base);
  await ready();
  await page.click('#lang-ja');
  const report = [];
  for (const s of samples) {
    const t0 = performance.now();
    const what = `${s.catalog} (${path.basename(s.file)})`;
    await page.selectOption('#catalog', s.catalog);
    await page.waitForSelector(`body[data-catalog="${s.catalog}"]`, { state: 'attached' });
    await page.click('#reset');
    const { asked, notShown } = await fill(s);
    await expectShown(s.want, `${what}, answered through the form`);
    check(asked > 10, `${what}: only ${asked} entries answered through the form`);
    const violations = await axe(what);
    await atWidth(640, `${what} at 200 % zoom`, null);
    await atWidth(375, `${what} on a phone`, path.join(args.out, `${s.catalog}-phone.png`));
    await atWidth(1280, what, path.join(args.out, `${s.catalog}-desktop.png`));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = path.join(args.out, `${s.catalog}-exported.json`);
    await download.saveAs(exported);
    check(same(verdict(cliResult(exported)), verdict(s.want)), `${what}: the exported file rates differently with the CLI`);

    await page.click('#reset');
    await page.setInputFiles('#import-file', exported);
    await page.waitForFunction((name) => document.querySelector('#facility-name').value === name, s.doc.facility?.name ?? '');
    await expectShown(s.want, `${what}, re-imported`);
    const seconds = (performance.now() - t0) / 1000;
    report.push(`${s.catalog}: ${path.basename(s.file)}, ${asked} answered (${notShown} not asked), ` +
      `${violations} axe violations, ${seconds.toFixed(1)} s`);
  }

  // Keyboard only: Tab to the first answer of the form, an arrow key answers it and the page re-rates.
  await page.selectOption('#catalog', samples[0].catalog);
  await page.waitForSelector(`body[data-catalog="${samples[0].catalog}"]`, { state: 'attached' });
  await page.evaluate(() => document.activeElement?.blur());
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.type === 'radio');
  }
  if (check(reached, 'keyboard: Tab never reaches an answer')) {
    const before = await page.evaluate(() => [Number(document.body.dataset.rated), document.activeElement.name,
      document.querySelector(`input[name="${document.activeElement.name}"]:checked`)?.value]);
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate((name) => [Number(document.body.dataset.rated),
      document.querySelector(`input[name="${name}"]:checked`)?.value], before[1]);
    check(after[0] > before[0] && after[1] !== before[2], `keyboard: an arrow key did not answer ${before[1]}`);
  }

  // English.
  await page.click('#lang-en');
  check((await text('h1')).includes('self-assessment'), 'English title');
  check((await text('#result-heading')) === 'Result', 'English summary');
  await page.click('#lang-ja');

  // A bad file is refused with the engine's message; the assessment stays.
  const shownBefore = await text('#headline');
  const badFile = path.join(args.out, 'bad.json');
  fs.writeFileSync(badFile, '{"schema": "teleworksec/assessment/v1", "catalog": "nope"}');
  await page.setInputFiles('#import-file', badFile);
  await page.waitForSelector('#message:not([hidden])');
  check((await text('#message')).startsWith('bad.json: $'), 'bad import message');
  check(await text('#headline') === shownBefore, 'the assessment changed after a refused import');

  // Offline, once loaded: reload with the network cut off; every catalog still opens.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await ready();
  await context.setOffline(true);
  server.close();
  await page.reload();
  await ready();
  const last = samples[samples.length - 1];
  await page.selectOption('#catalog', last.catalog);
  await page.waitForSelector(`body[data-catalog="${last.catalog}"]`, { state: 'attached' });
  await expectShown(last.want, `${last.catalog}, offline reload (kept in local storage)`);
  await context.setOffline(false);

  for (const e of errors) check(false, e);
  if (checks.failures === 0) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`page = CLI for ${samples.length} catalogs, answered through the form, exported and re-imported:\n  ` +
      `${report.join('\n  ')}\nkeyboard, English, bad import, offline; ${seconds} s; screenshots in ${args.out}`);
  }
} finally {
  await context.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
checks.exitOnFailure();
