#!/usr/bin/env node
// `npm test`: the plain-language check of the catalogue, lint, type-check, the component suite in each engine (coverage from
// Chromium only), build, the packed tarball's check, the end-to-end checks of the built bundles (pre-rendered pages
// too), the host-page suite (scripts/e2e-hosts.mjs) in each engine, the Node tests of `stride-widgets/ssr` and the
// command line, then the example apps built from the packed tarball (examples/).
// Prints each stage's time; the last line sums the tests run.
//
//   node scripts/test.mjs              every stage
//   node scripts/test.mjs unit         the component suite in every engine
//   node scripts/test.mjs unit:webkit  one stage (names below)
//
// Every stage runs even after a failure (one engine failing says little about
// the others), except package, e2e, hosts and examples, which need a successful build.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const wtr = (engine, ...args) => ({ command: bin('wtr'), args, env: { STRIDE_ENGINES: engine } });

const STAGES = {
  'content-check': { command: process.execPath, args: ['scripts/content-check.mjs'] },
  // ESLint (eslint.config.js) and the unused-file, -export and -dependency check (knip.json).
  'lint:eslint': { command: bin('eslint'), args: ['.'] },
  'lint:knip': { command: bin('knip'), args: [] },
  typecheck: { command: bin('tsc'), args: ['-p', '.'] },
  'unit:chromium': wtr('chromium', '--coverage'),
  'unit:firefox': wtr('firefox'),
  'unit:webkit': wtr('webkit'),
  build: { command: process.execPath, args: ['scripts/build.mjs'] },
  // The packed tarball: every export present, publint, arethetypeswrong (scripts/check-package.mjs).
  package: { command: process.execPath, args: ['scripts/check-package.mjs'], needs: 'build' },
  e2e: { command: process.execPath, args: ['scripts/e2e.mjs'], needs: 'build' },
  // Pre-rendered pages: hydration by the bundles, and JavaScript off.
  'e2e:ssr': { command: process.execPath, args: ['scripts/e2e-ssr.mjs'], needs: 'build' },
  // The pages for clinics: the theme builder and the clinic page (scripts/e2e-clinic.mjs), Chromium only.
  'e2e:clinic': { command: process.execPath, args: ['scripts/e2e-clinic.mjs'], needs: 'build' },
  'hosts:chromium': { command: process.execPath, args: ['scripts/e2e-hosts.mjs', 'chromium'], needs: 'build' },
  'hosts:firefox': { command: process.execPath, args: ['scripts/e2e-hosts.mjs', 'firefox'], needs: 'build' },
  'hosts:webkit': { command: process.execPath, args: ['scripts/e2e-hosts.mjs', 'webkit'], needs: 'build' },
  // `stride-widgets/ssr` and the `stride-widgets` command line, in Node against the build.
  cli: { command: process.execPath, args: ['--test', '--test-reporter=spec', 'tests/node/'], needs: 'build' },
  examples: { command: process.execPath, args: ['scripts/examples.mjs'], needs: 'build' },
  'e2e-embed': { command: process.execPath, args: ['scripts/e2e-embed.mjs'], needs: 'build' },
  'size-budget': { command: process.execPath, args: ['scripts/size-budget.mjs'], needs: 'build' },
};

const asked = process.argv.slice(2);
const names = asked.length
  ? Object.keys(STAGES).filter((name) => asked.some((a) => name === a || name.startsWith(`${a}:`)))
  : Object.keys(STAGES);
if (names.length === 0) {
  console.error(`test: no stage matches ${asked.join(' ')} (stages: ${Object.keys(STAGES).join(', ')})`);
  process.exit(2);
}

/**
 * Tests counted in a stage's output: the last "N passed, N failed" of each
 * line label (web-test-runner reprints a line per browser as it goes; the
 * e2e script prints one at the end).
 */
function count(output) {
  const last = new Map();
  // eslint-disable-next-line no-control-regex -- ESC starts the colour codes this strips.
  for (const line of output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n')) {
    const m = /^(.*?)(\d+) passed, (\d+) failed/.exec(line);
    if (m) last.set(m[1].split('|')[0].trim(), { passed: Number(m[2]), failed: Number(m[3]) });
    // `node --test`'s closing lines: "ℹ pass 15", "ℹ fail 0".
    const n = /^ℹ (pass|fail) (\d+)$/.exec(line);
    if (n) last.set('node --test', { passed: 0, failed: 0, ...last.get('node --test'), [`${n[1]}ed`]: Number(n[2]) });
  }
  return [...last.values()].reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), {
    passed: 0,
    failed: 0,
  });
}

function run({ command, args, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', (error) => {
      console.error(error.message);
      resolve({ ok: false, output });
    });
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

const results = [];
const started = Date.now();
for (const name of names) {
  const stage = STAGES[name];
  const needed = results.find((r) => r.name === stage.needs);
  if (needed && !needed.ok) {
    results.push({ name, ok: false, line: `${name}: not run (${stage.needs} failed)` });
    continue;
  }
  console.log(`\n── ${name} ──`);
  const t0 = Date.now();
  const { ok, output } = await run(stage);
  const seconds = Math.round((Date.now() - t0) / 1000);
  const tests = count(output);
  const counted = tests.passed + tests.failed > 0 ? `, ${tests.passed} passed, ${tests.failed} failed` : '';
  const line = `${name}: ${seconds} s${counted}${ok ? '' : ' (FAILED)'}`;
  console.log(line);
  results.push({ name, ok, line, tests });
}

const total = results.reduce(
  (a, r) => ({ passed: a.passed + (r.tests?.passed ?? 0), failed: a.failed + (r.tests?.failed ?? 0) }),
  { passed: 0, failed: 0 },
);
const failedStages = results.filter((r) => !r.ok).map((r) => r.name);
console.log('\n── summary ──');
for (const r of results) console.log(r.line);
console.log(
  `${failedStages.length ? `FAILED (${failedStages.join(', ')}): ` : ''}` +
    `${total.passed} passed, ${total.failed} failed in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exitCode = failedStages.length ? 1 : 0;
