// npm.package: the npm package `teleworksec` as a user gets it.
//
//   node test_npm.mjs --package DIR --deps DIR --npm PATH --cli PATH --samples DIR --out DIR
//
// 1. `npm pack` of the staged package (--package) holds the module, its
//    declarations, the .wasm and every catalog's data file.
// 2. An empty scratch project installs the tarball with `npm install
//    --offline` and an empty cache: nothing but the tarball is read.
// 3. In that project, `import ... from 'teleworksec'` rates every sample to the
//    bytes of `teleworksec rate --format json`; gaps, template and rules equal
//    the CLI's `gaps --format json`, `template` and `rules --format json`;
//    catalogs and version those of `teleworksec --version`.
// 4. tsc (typescript from --deps, the browser.npm_ci fixture) type-checks a
//    small consumer with --strict, and rejects one that misuses a result.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Checks } from './checks.mjs';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['package', 'deps', 'npm', 'cli', 'samples', 'out']) {
  if (!args[k]) {
    console.error(`test_npm.mjs: --${k} is required`);
    process.exit(2);
  }
}
const checks = new Checks();
const check = checks.check.bind(checks);
const started = performance.now();
const out = path.resolve(args.out);
fs.rmSync(out, { recursive: true, force: true });
const scratch = path.join(out, 'scratch');
fs.mkdirSync(scratch, { recursive: true });
const npm = (cwd, ...a) => execFileSync(args.npm, [...a, '--no-audit', '--no-fund', '--cache', path.join(out, 'cache')],
  { cwd, encoding: 'utf8' });

// 1. the tarball
const [packed] = JSON.parse(npm(path.resolve(args.package), 'pack', '--json', '--pack-destination', out));
const tarball = path.join(out, packed.filename);
const inside = new Set(packed.files.map((f) => f.path));
const catalogIds = JSON.parse(fs.readFileSync(path.join(args.package, 'catalogs', 'index.json'), 'utf8'));
for (const f of ['package.json', 'teleworksec.mjs', 'teleworksec.d.ts', 'teleworksec.wasm', 'catalogs/index.json',
  ...catalogIds.map((id) => `catalogs/${id}.json`)]) {
  check(inside.has(f), `${packed.filename} lacks ${f}`);
}

// 2. an empty project installs it offline
fs.writeFileSync(path.join(scratch, 'package.json'), '{"name": "scratch", "private": true, "type": "module"}\n');
npm(scratch, 'install', '--offline', '--ignore-scripts', tarball);

// 3. rate, gaps, template, rules in Node, through the package's name
const samples = fs.readdirSync(args.samples).filter((n) => n.endsWith('.json')).sort()
  .map((n) => path.resolve(args.samples, n));
fs.writeFileSync(path.join(scratch, 'consumer.mjs'), `
import fs from 'node:fs';
import { load } from 'teleworksec';
const tws = await load();
const samples = JSON.parse(process.argv[2]);
const rated = samples.map((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return { file, result: tws.rateText(text, file), gaps: tws.gaps(JSON.parse(text)) };
});
const catalogs = await Promise.all(tws.catalogs().map(async ({ id, fingerprint }) =>
  ({ id, fingerprint, template: await tws.template(id), rules: await tws.rules(id) })));
process.stdout.write(JSON.stringify({ version: tws.version(), rated, catalogs }));
`);
const run = spawnSync(process.execPath, ['consumer.mjs', JSON.stringify(samples)],
  { cwd: scratch, encoding: 'utf8', maxBuffer: 64 << 20 });
check(run.status === 0, `consumer.mjs: exit ${run.status}: ${run.stderr}`);
const got = JSON.parse(run.stdout || '{"rated": [], "catalogs": []}');
const cli = (...a) => execFileSync(args.cli, a, { encoding: 'utf8', maxBuffer: 64 << 20 });
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
check(got.rated.length === samples.length && samples.length >= 7, `rated ${got.rated.length} of ${samples.length} samples`);
for (const r of got.rated) {
  check(r.result === cli('rate', '--format', 'json', r.file), `${r.file}: the package and the CLI rate differently`);
  check(same(r.gaps, JSON.parse(cli('gaps', '--format', 'json', r.file))), `${r.file}: gaps differ from the CLI's`);
}
const version = cli('--version');
check(version.startsWith(`teleworksec ${got.version}\n`), `version ${got.version}`);
check(same(got.catalogs.map((c) => c.id), catalogIds), `catalogs ${got.catalogs.map((c) => c.id)}`);
for (const c of got.catalogs) {
  check(new RegExp(`^${c.id} +fingerprint ${c.fingerprint}$`, 'm').test(version), `${c.id}: fingerprint ${c.fingerprint}`);
  check(same(c.template, JSON.parse(cli('template', c.id))), `${c.id}: template differs from the CLI's`);
  check(same(c.rules, JSON.parse(cli('rules', c.id, '--format', 'json'))), `${c.id}: rules differ from the CLI's`);
}

// 4. TypeScript: a consumer that type-checks, and one that must not.
fs.writeFileSync(path.join(scratch, 'consumer.ts'), `
import { load, BadInput, type Assessment, type PlanEntry } from 'teleworksec';

const tws = await load();
const home = { schema: 'teleworksec/assessment/v1', catalog: 'csaj-home-2018',
  decisions: { 'csaj-home-2018/5.1.1.1': 'implemented' } } as const satisfies Assessment;
const policy = tws.rate(home);
const conformant: boolean = policy.conformant;
const plan: PlanEntry[] = tws.gaps(home);
const space = tws.rate({ schema: 'teleworksec/assessment/v1', catalog: 'certification-v2' } as const);
const stars: 0 | 2 | 3 | 4 = space.level.stars;
const mic = tws.rate({ schema: 'teleworksec/assessment/v1', catalog: 'mic-telework-v4' } as const);
const weakest: string[] = mic.level.weakest_groups;
const risks = tws.gaps({ schema: 'teleworksec/assessment/v1', catalog: 'coworking-user' } as const);
const residual: string[] = risks.map((r) => r.title_en);
const any = tws.rate('{"schema": "teleworksec/assessment/v1", "catalog": "coworking-v2"}');
const kind = 'audit' in any ? any.audit.grade : 'roles' in any ? any.level.code : null;
const blank = await tws.template('coworking-user', { hints: true });
const fingerprints: string[] = tws.catalogs().map((c) => c.fingerprint);
try {
  tws.rate('{}');
} catch (e) {
  if (e instanceof BadInput) console.log(e.status, e.message);
}
console.log(conformant, plan.length, stars, weakest, residual, kind, blank.hints, fingerprints, tws.version());
`);
fs.writeFileSync(path.join(scratch, 'misuse.ts'), `
import { load } from 'teleworksec';
const tws = await load();
const policy = tws.rate({ schema: 'teleworksec/assessment/v1', catalog: 'csaj-home-2018' } as const);
console.log(policy.level.stars);  // a policy result has no level
`);
const tsc = (file) => spawnSync(process.execPath, [
  path.resolve(args.deps, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict',
  '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', file],
{ cwd: scratch, encoding: 'utf8' });
const good = tsc('consumer.ts');
check(good.status === 0, `tsc consumer.ts: exit ${good.status}\n${good.stdout}${good.stderr}`);
const bad = tsc('misuse.ts');
check(bad.status !== 0 && /misuse\.ts\(5,/.test(bad.stdout), `tsc accepted misuse.ts:\n${bad.stdout}`);
const ran = spawnSync(process.execPath, [path.resolve(args.deps, 'node_modules', 'typescript', 'bin', 'tsc'), '--version'],
  { encoding: 'utf8' }).stdout.trim();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
checks.exitOnFailure();
console.log(`npm package = CLI: ${packed.filename} (${packed.size} bytes packed, ${packed.files.length} files) ` +
  `installed offline; ${samples.length} samples rated byte for byte, gaps, ${got.catalogs.length} templates and ` +
  `rules; ${ran} --strict passes the consumer and rejects the misuse; ${seconds} s`);
