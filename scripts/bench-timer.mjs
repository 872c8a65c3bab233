#!/usr/bin/env node
// Prints a figure (never a pass/fail): how late <stride-recovery-timer>
// completes when the page's main thread is busy. Run `npm run build` first.
//
// In Debian's headless Chromium, the BUILT classic bundle
// (dist/stride-widgets.iife.js) is loaded into a page served from
// scripts/serve.mjs; a 10 s `<stride-recovery-timer duration="10">` is started
// while the page blocks its main thread, and the error is the time of
// `stride-timer-complete` minus 10,000 ms after the start click (measured with
// performance.now in the page). A tick-counting timer would be seconds late;
// a clock-based one is late by at most one busy chunk.
//
// Usage: node scripts/bench-timer.mjs
//   STRIDE_BUNDLE=path/to/other.iife.js node scripts/bench-timer.mjs   (another build of the element)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_BUNDLE = 'dist/stride-widgets.iife.js';

/**
 * Busy patterns: `chunks` blocks 200 ms of every 250 ms for the whole run;
 * `block` blocks once for 3 s, from 4 s to 7 s after the start.
 */
export const PATTERNS = {
  chunks: { label: '200 ms busy of every 250 ms', chunkMs: 200, everyMs: 250 },
  block: { label: 'one 3 s block in the middle', blockAtMs: 4_000, blockMs: 3_000 },
};

/**
 * Completion error in ms (positive: late) of a `seconds`-long timer started
 * while the main thread is busy in `pattern`.
 * @param {{ pattern?: keyof typeof PATTERNS, seconds?: number, bundle?: string }} [options]
 * @returns {Promise<number>}
 */
export async function timerCompletionError({ pattern = 'chunks', seconds = 10, bundle = process.env.STRIDE_BUNDLE } = {}) {
  const bundlePath = resolve(root, bundle ?? DEFAULT_BUNDLE);
  if (!existsSync(bundlePath)) throw new Error(`bench-timer: ${bundlePath} not found (run \`npm run build\` first)`);
  const server = await startServer(0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Any page of the server's origin: the bundle is then loaded as a classic script, as on a blog.
    await page.goto(`http://127.0.0.1:${server.address().port}/dist/`);
    await page.setContent('<!doctype html><html lang="en"><title>bench-timer</title><body></body></html>');
    await page.addScriptTag({ path: bundlePath });
    const error = await page.evaluate(
      async ({ seconds, busy }) => {
        if (!customElements.get('stride-recovery-timer')) {
          throw new Error('the bundle does not define <stride-recovery-timer>');
        }
        const el = document.createElement('stride-recovery-timer');
        el.setAttribute('duration', String(seconds));
        document.body.append(el);
        await el.updateComplete;
        const start = el.shadowRoot.querySelector('[part~="start-button"]');
        if (!start) throw new Error('no start button: ' + el.shadowRoot.textContent);

        const block = (ms) => {
          const end = performance.now() + ms;
          while (performance.now() < end) {
            // the page is busy
          }
        };
        let done = false;
        return new Promise((resolvePromise) => {
          let startedAt = 0;
          el.addEventListener(
            'stride-timer-complete',
            () => {
              done = true;
              resolvePromise(performance.now() - startedAt - seconds * 1000);
            },
            { once: true },
          );
          startedAt = performance.now();
          start.click();
          if (busy.chunkMs) {
            const chunk = () => {
              if (done) return;
              block(busy.chunkMs);
              setTimeout(chunk, busy.everyMs - busy.chunkMs);
            };
            setTimeout(chunk, 0);
          } else {
            setTimeout(() => block(busy.blockMs), busy.blockAtMs);
          }
        });
      },
      { seconds, busy: PATTERNS[pattern] },
    );
    if (errors.length) throw new Error(`bench-timer: page errors: ${errors.join('; ')}`);
    return error;
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * When each phase and the completion arrive, in ms after the start click, for
 * a `<stride-recovery-timer duration="1" rounds="2">` on an idle page (due at
 * 1,000 and 2,000 ms): the timer wakes when the displayed second changes.
 * @param {{ bundle?: string }} [options]
 * @returns {Promise<number[]>}
 */
export async function timerPhaseTimes({ bundle = process.env.STRIDE_BUNDLE } = {}) {
  const bundlePath = resolve(root, bundle ?? DEFAULT_BUNDLE);
  if (!existsSync(bundlePath)) throw new Error(`bench-timer: ${bundlePath} not found (run \`npm run build\` first)`);
  const server = await startServer(0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/dist/`);
    await page.setContent('<!doctype html><html lang="en"><title>bench-timer</title><body></body></html>');
    await page.addScriptTag({ path: bundlePath });
    return await page.evaluate(async () => {
      const el = document.createElement('stride-recovery-timer');
      el.setAttribute('duration', '1');
      el.setAttribute('rounds', '2');
      document.body.append(el);
      await el.updateComplete;
      const times = [];
      let started = 0;
      el.addEventListener('stride-timer-phase', () => times.push(performance.now() - started));
      const done = new Promise((r) => el.addEventListener('stride-timer-complete', r, { once: true }));
      started = performance.now();
      el.shadowRoot.querySelector('[part~="start-button"]').click();
      await done;
      times.push(performance.now() - started);
      return times;
    });
  } finally {
    await browser.close();
    server.close();
  }
}

/** Prints the completion error for each busy pattern (used by `npm run bench`). */
export async function printTimerFigures() {
  console.log('Timer accuracy: 10 s <stride-recovery-timer duration="10"> on a busy main thread (built IIFE, headless Chromium)');
  for (const [pattern, { label }] of Object.entries(PATTERNS)) {
    const error = await timerCompletionError({ pattern });
    console.log(`  ${label.padEnd(30)} completion error ${error >= 0 ? '+' : ''}${error.toFixed(0)} ms`);
  }
  const times = await timerPhaseTimes();
  console.log(
    `  ${'idle page, 2 × 1 s'.padEnd(30)} phase at ${times[0].toFixed(0)} ms (due 1000), complete at ${times[1].toFixed(0)} ms (due 2000)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await printTimerFigures();
  } catch (error) {
    console.error(`bench-timer: ${String(error?.message ?? error).split('\n')[0]}`);
    process.exitCode = 1;
  }
}
