#!/usr/bin/env node
// Prints figures (never a pass/fail): Lighthouse 12.8 (mobile, simulated
// throttling, Debian's Chromium headless) on the demo article in each way of
// embedding, the median of 3 runs each: performance score, largest
// contentful paint and cumulative layout shift. Run `npm run build` first.
//
// The variants are written from demo/index.html into dist/bench/ (build
// output, rewritten on every run) and served by scripts/serve.mjs:
//   none       the article without widgets (elements and script removed)
//   iife-head  the classic script in <head> (the demo as it is)
//   loader     the loader at the end of <body>
//   ssr        pre-rendered HTML + the loader at the end of <body> (only when dist/ssr.js exists)
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';
import { startServer } from './serve.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const run = promisify(execFile);
const IIFE_TAG = '<script src="/dist/stride-widgets.iife.js"></script>';
const LOADER_TAG = '<script type="module" src="/dist/cdn/loader.js"></script>';

async function variants() {
  const demo = readFileSync(join(root, 'demo/index.html'), 'utf8');
  if (!demo.includes(IIFE_TAG)) throw new Error(`bench: demo/index.html no longer has ${IIFE_TAG}`);
  const withoutScript = demo.replace(IIFE_TAG, '');
  const pages = {
    none: withoutScript.replace(/<stride-[\w-]+[^>]*><\/stride-[\w-]+>/g, ''),
    'iife-head': demo,
    loader: withoutScript.replace('</body>', `${LOADER_TAG}\n</body>`),
  };
  const ssr = join(root, 'dist/ssr.js');
  if (existsSync(ssr)) {
    const { renderHTML } = await import(pathToFileURL(ssr).href);
    pages.ssr = (await renderHTML(withoutScript)).replace('</body>', `${LOADER_TAG}\n</body>`);
  }
  const dir = join(root, 'dist/bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, `${name}.html`), html);
  return Object.keys(pages);
}

async function lighthouse(url) {
  const bin = join(root, 'node_modules/lighthouse/cli/index.js');
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const { stdout } = await run(
    process.execPath,
    [bin, url, `--chrome-path=${CHROMIUM_PATH}`, `--chrome-flags=${flags}`, '--only-categories=performance', '--output=json', '--quiet'],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
  return {
    score: report.categories.performance.score * 100,
    lcp: report.audits['largest-contentful-paint'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of `runs` Lighthouse runs per variant, by variant name. */
export async function lighthouseFigures({ runs = 3 } = {}) {
  const names = await variants();
  const server = await startServer(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const figures = {};
  try {
    for (const name of names) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await lighthouse(`${origin}/dist/bench/${name}.html`));
      figures[name] = Object.fromEntries(['score', 'lcp', 'cls'].map((k) => [k, median(results.map((r) => r[k]))]));
    }
  } finally {
    server.close();
  }
  return figures;
}

/** Prints the Lighthouse table with the issue's targets. */
export async function printLighthouseFigures() {
  const f = await lighthouseFigures();
  const base = f.none.lcp;
  const target = {
    none: '',
    'iife-head': `LCP ≤ ${Math.round(base + 250)} ms (no widgets + 250): ${f['iife-head'].lcp <= base + 250 ? 'met' : 'MISSED'}`,
    loader: '',
    ssr: f.ssr
      ? `CLS 0.00 and LCP ≤ ${Math.round(base + 100)} ms: ${f.ssr.cls === 0 && f.ssr.lcp <= base + 100 ? 'met' : 'MISSED'}`
      : '',
  };
  const labels = {
    none: 'demo article, no widgets',
    'iife-head': 'IIFE in <head>',
    loader: 'loader at the end of <body>',
    ssr: 'pre-rendered HTML + loader at the end of <body>',
  };
  console.log('Lighthouse 12.8 (mobile, simulated throttling, headless Chromium), medians of 3 runs');
  console.log(`  ${'page'.padEnd(48)} ${'score'.padStart(5)} ${'LCP'.padStart(8)} ${'CLS'.padStart(6)}  target`);
  for (const name of Object.keys(labels)) {
    if (!f[name]) {
      console.log(`  ${labels[name].padEnd(48)} pending: needs dist/ssr.js (stride-widgets/ssr, renderHTML)`);
      continue;
    }
    const { score, lcp, cls } = f[name];
    console.log(`  ${labels[name].padEnd(48)} ${String(Math.round(score)).padStart(5)} ${`${Math.round(lcp)} ms`.padStart(8)} ${cls.toFixed(2).padStart(6)}  ${target[name]}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await printLighthouseFigures();
