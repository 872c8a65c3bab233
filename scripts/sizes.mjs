// What a page downloads, in bytes: the built files a page fetches and their
// gzip size, each file compressed on its own as a server sends it. Shared by
// `npm run bench` (figures) and the size-budget stage of `npm test`, so both
// count the same bytes. Run `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dist = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The file and every local chunk it imports statically, transitively. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(dirname(file), spec), seen);
  }
  return seen;
}

/**
 * The files a page fetches through the loader for the given tags and the
 * exercises its cards show: the loader, each widget's chunk and each
 * exercise's, with what they import. (The e2e stage checks a real page
 * fetches exactly these.)
 */
export function loaderFiles(tags, exercises = []) {
  const files = new Set();
  const add = (name) => closure(join(dist, 'cdn', name), files);
  add('loader.js');
  for (const tag of tags) add(`${tag.replace(/^stride-/, '')}.js`);
  for (const id of exercises) add(`exercise-${id}.js`);
  return [...files];
}

/**
 * The movement-figure data of every bundled exercise, as the catalogue ships
 * it: the minified JSON of the `figure` of each exercise (poses, timing,
 * equipment and the `alt` text, which is part of the figure's data), all
 * gzipped together. Read from the source catalogue, so no build is needed.
 */
export function figureData() {
  const { exercises } = JSON.parse(readFileSync(fileURLToPath(new URL('../src/catalogue/catalogue.json', import.meta.url)), 'utf8'));
  const missing = exercises.filter((e) => !e.figure).map((e) => e.id);
  if (missing.length) throw new Error(`sizes: no figure for ${missing.join(', ')}`);
  const json = Buffer.from(JSON.stringify(exercises.map((e) => e.figure)));
  return { raw: json.length, gz: gzip(json) };
}

/** Raw and gzip bytes of `files`, each gzipped on its own. */
export function bytes(files) {
  return files.reduce(
    (sum, f) => {
      const buf = readFileSync(f);
      return { raw: sum.raw + buf.length, gz: sum.gz + gzip(buf) };
    },
    { raw: 0, gz: 0 },
  );
}

/**
 * The movement-figure renderer as the npm build ships it: its own chunk (vite.config.ts, `figureChunk`: drawing,
 * motion, geometry and styles), without the `lit` it imports, which the card loads anyway.
 */
function figureChunk() {
  const found = readdirSync(join(dist, 'chunks')).filter((f) => /^figure-[\w-]+\.js$/.test(f));
  if (found.length !== 1) throw new Error(`sizes: expected one dist/chunks/figure-*.js, found ${found.length} (run npm run build)`);
  return [join(dist, 'chunks', found[0])];
}

export const ALL_TAGS = ['stride-exercise-card', 'stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer'];

/**
 * The byte targets of issues 10 and 12 (`target`), and the limit the
 * size-budget stage enforces (`limit`): the target where it is met; where it
 * is not met yet, today's size, so the figure can only go down until it meets
 * the target. A budget counts built `files()` (each gzipped on its own), or
 * gives its own `measure()`: read either with `budgetBytes`.
 */
export const BUDGETS = [
  // The first three: issue 10's targets as issue 12 restates them, with the card's movement figure, its "Start the
  // holds" button (the timer itself loads only when pressed) and <stride-routine> counted in.
  {
    // Issue 12: 18 kB, the figure included (it may add at most 4 kB to issue 10's 14 kB).
    label: 'one exercise card through the loader, figure included',
    files: () => loaderFiles(['stride-exercise-card'], ['bird-dog']),
    target: 18_000,
    // 45 bytes more than before the loader fetched the shared code with the widget's (a namespace object for it):
    // 160 ms earlier largest paint with the loader at the end of <body> (Lighthouse, medians of 5 runs).
    limit: 18_450,
  },
  // The shared code a card never runs (stored state, the controls' styles, directive helpers) is a file of its own
  // (`controls.js`): 830 bytes off every card-only page for 375 more on a page with the other widgets, and the timer's
  // spoken durations moved out of the shared chunk for 50 more on the IIFE (compression).
  { label: 'all four widgets through the loader', files: () => loaderFiles(ALL_TAGS, ['bird-dog']), target: 30_000, limit: 41_250 },
  // Issue 12: everything, `<stride-routine>` and the movement figures included.
  { label: 'IIFE with everything', files: () => [join(dist, 'stride-widgets.iife.js')], target: 34_000, limit: 45_250 },
  { label: 'figure data, all 20 exercises (JSON, alt text included)', measure: figureData, target: 2_000, limit: 2_000 },
  {
    // Its loader chunk (code, routines, their sources and UI strings), beyond the card, the timer and the shared code
    // it reuses, which a page with a card or a timer has already fetched.
    label: "<stride-routine>'s own code",
    files: () => {
      const reused = new Set(loaderFiles(['stride-exercise-card', 'stride-recovery-timer']));
      return loaderFiles(['stride-routine']).filter((file) => !reused.has(file));
    },
    target: 6_000,
    limit: 6_000,
  },
  // Issue 12: the figure renderer (drawing, motion, geometry and styles) ≤ 2 kB gzip.
  { label: 'movement-figure renderer', files: figureChunk, target: 2_000, limit: 2_000 },
];

/** Raw and gzip bytes a budget counts. */
export const budgetBytes = (budget) => (budget.measure ? budget.measure() : bytes(budget.files()));
