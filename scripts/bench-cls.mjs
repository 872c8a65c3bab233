// Cumulative Layout Shift of the demo page (demo/index.html) in headless
// Chromium, at 375 and 1280 px, with the script tag where bloggers put it:
// in <head> (as the demo does), and at the end of <body> with and without
// dist/stride-widgets.css. The script's response is held back so the page
// paints before the script runs, as on a slow connection (Lighthouse's
// throttled run happens to paint after it, and shows 0). The viewport is
// 800 px high: at 375 px the first widget starts below it, so only the wide
// layout has widgets in view as they appear.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { launchChromium } from './browser.mjs';

const SCRIPT = '<script src="/dist/stride-widgets.iife.js"></script>';
const STYLESHEET = '<link rel="stylesheet" href="/dist/stride-widgets.css" />';
const SCRIPT_DELAY_MS = 800;
const demo = readFileSync(fileURLToPath(new URL('../demo/index.html', import.meta.url)), 'utf8');

/** The demo with the script tag moved, and the stylesheet kept or removed. */
function variant({ scriptAt, stylesheet }) {
  if (!demo.includes(SCRIPT) || !demo.includes(STYLESHEET)) throw new Error('bench-cls: the demo no longer has the expected tags');
  let page = demo;
  if (!stylesheet) page = page.replace(STYLESHEET, '');
  if (scriptAt === 'body') page = page.replace(SCRIPT, '').replace('</body>', `  ${SCRIPT}\n  </body>`);
  return page;
}

/** CLS as Chromium reports it: the largest session window of layout shifts (gaps under 1 s, windows up to 5 s). */
function clsInPage() {
  return new Promise((done) => {
    const shifts = [];
    new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    setTimeout(() => {
      let worst = 0;
      let session = 0;
      let first = 0;
      let last = 0;
      for (const s of shifts.filter((e) => !e.hadRecentInput)) {
        if (session && (s.startTime - last > 1000 || s.startTime - first > 5000)) session = 0;
        if (!session) first = s.startTime;
        session += s.value;
        last = s.startTime;
        worst = Math.max(worst, session);
      }
      done({ cls: worst, firstPaint: paint });
    }, 1500);
  });
}

export async function measureCls() {
  const server = await startServer(0, '127.0.0.1', { delay: (path) => (path === '/dist/stride-widgets.iife.js' ? SCRIPT_DELAY_MS : 0) });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [label, options] of [
      ['script in <head>', { scriptAt: 'head', stylesheet: true }],
      ['script at the end of <body>, with stride-widgets.css', { scriptAt: 'body', stylesheet: true }],
      ['script at the end of <body>, without the stylesheet', { scriptAt: 'body', stylesheet: false }],
    ]) {
      const row = { label, widths: {} };
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.route(`${origin}/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: variant(options) }));
        await page.goto(`${origin}/`, { waitUntil: 'load' });
        const { cls, firstPaint } = await page.evaluate(clsInPage);
        // Whether the page painted before the script arrived (else there is nothing to shift).
        const definedAt = await page.evaluate(() => performance.getEntriesByName(location.origin + '/dist/stride-widgets.iife.js')[0]?.responseEnd ?? null);
        row.widths[`${width} px`] = { cls, paintedFirst: firstPaint !== null && definedAt !== null && firstPaint < definedAt };
        await page.close();
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

export async function printClsFigures() {
  const rows = await measureCls();
  console.log(`Layout shift (CLS) of the demo, script held back ${SCRIPT_DELAY_MS} ms (headless Chromium):`);
  for (const row of rows) {
    const cells = Object.entries(row.widths).map(
      ([where, { cls, paintedFirst }]) => `${where} ${cls.toFixed(3)}${paintedFirst ? '' : ' (no paint before the script)'}`,
    );
    console.log(`  ${row.label}: ${cells.join(', ')}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await printClsFigures();
