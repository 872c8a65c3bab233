#!/usr/bin/env node
// Prints figures (never a pass/fail): gzip sizes of the built files, what a
// page downloads through the loader (with issue 10's targets), Lighthouse on
// the demo article in each way of embedding (`--no-lighthouse` skips it:
// about 3 minutes), the render time of 100 cards and 20 checkers against the
// same DOM by hand, the recovery timer's completion error on a busy main
// thread, and the demo's layout shift with the script tag in <head> and at
// the end of <body>.
// Run `npm run build` first. Each npm entry is measured with the chunks it
// imports statically (lit and zod stay bare imports, so are not counted).
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
if (!existsSync(join(dist, 'stride-widgets.iife.js'))) {
  console.error('bench: run `npm run build` first');
  process.exit(1);
}
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The file and every local chunk it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(file), spec), seen);
  }
  return seen;
}

const rows = [];
function measure(label, file, target) {
  const files = [...closure(join(dist, file))];
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const gz = gzip(Buffer.concat(files.map((f) => readFileSync(f))));
  rows.push({ label, file, raw, gz, target });
}

measure('IIFE bundle (all widgets, full catalogue)', 'stride-widgets.iife.js');

/**
 * The classic-script bundle as issue #2 defined its size target: the exercise
 * card, the catalogue API and the full catalogue (the later widgets add to it).
 * Built from the same Vite config into a temporary folder.
 */
async function foundationIife() {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { StrideExerciseCard } from ${JSON.stringify(join(root, 'src/components/exercise-card/exercise-card.ts'))};\n` +
      `export * from ${JSON.stringify(join(root, 'src/catalogue-entry.ts'))};\n`,
  );
  await build({
    root,
    mode: 'iife',
    configLoader: 'bundle',
    logLevel: 'silent',
    build: { outDir: join(dir, 'out'), lib: { entry, name: 'StrideWidgets', formats: ['iife'], fileName: () => 'foundation.js' } },
  });
  const code = readFileSync(join(dir, 'out', 'foundation.js'));
  rmSync(dir, { recursive: true, force: true });
  return code;
}
const foundation = await foundationIife();
rows.push({ label: 'IIFE: exercise card + catalogue API + full catalogue', raw: foundation.length, gz: gzip(foundation), target: 22_000 });
measure('ES bundle (everything, full catalogue)', 'stride-widgets.js');
measure('npm entry: stride-widgets (index)', 'index.js');
measure('validator, loaded by the bundles only with a clinic catalogue', 'stride-widgets-validate.js');
const bundles = ['index.js', 'stride-widgets.js', 'stride-widgets.iife.js', 'stride-widgets-validate.js'];
const entries = readdirSync(dist).filter((f) => f.endsWith('.js') && !bundles.includes(f));
const targets = { 'exercise-card.js': 14_000 };
for (const file of entries.sort()) measure(`npm entry: stride-widgets/${file.replace(/\.js$/, '')}`, file, targets[file]);

const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'what'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  target`);
for (const r of rows) {
  const target = r.target ? `≤ ${kB(r.target)} ${r.gz <= r.target ? 'met' : 'MISSED'}` : '';
  console.log(`${r.label.padEnd(width)}  ${kB(r.raw).padStart(9)}  ${kB(r.gz).padStart(9)}  ${target}`);
}

console.log('');
console.log('What a page downloads (gzip -9, each file on its own as a server sends it; issue 10 and 12 targets), and the figure data');
const { BUDGETS, budgetBytes } = await import('./sizes.mjs');
const budgetWidth = Math.max(...BUDGETS.map((b) => b.label.length));
for (const budget of BUDGETS) {
  const { label, target } = budget;
  const { gz } = budgetBytes(budget);
  console.log(`  ${label.padEnd(budgetWidth)} ${kB(gz).padStart(9)}  ≤ ${kB(target)} ${gz <= target ? 'met' : 'MISSED'}`);
}

console.log('');
if (!process.argv.includes('--no-lighthouse')) {
  const { printLighthouseFigures } = await import('./bench-lighthouse.mjs');
  await printLighthouseFigures();
  console.log('');
}

const { renderRatio } = await import('./bench-render.mjs');
const render = await renderRatio();
console.log(
  `Render: 100 cards + 20 checkers in ${render.widgetsMs.toFixed(0)} ms; the same DOM by hand (createElement) ${render.handMs.toFixed(0)} ms; ratio ${render.ratio.toFixed(2)} (median of 7)`,
);

console.log('');
const { printTimerFigures } = await import('./bench-timer.mjs');
await printTimerFigures();
console.log('');
const { printClsFigures } = await import('./bench-cls.mjs');
await printClsFigures();
console.log('');
const { printValidateFigures } = await import('./bench-validate.mjs');
await printValidateFigures();
