#!/usr/bin/env node
// Prints a figure (never a pass/fail): how long the widgets take to render
// compared with the same DOM built by hand. Run `npm run build` first.
//
// In Debian's headless Chromium, on a page with the built IIFE: time to add
// 100 exercise cards and 20 red-flag checkers and lay the page out (every
// element's update complete, then a forced layout), against building the same
// shadow DOM by hand (attachShadow, the same adopted stylesheets, then
// document.createElement / setAttribute / text nodes for every node the
// widgets rendered), laid out the same way. The ratio is widgets / by hand,
// the median of `runs` alternating runs.
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

export async function renderRatio({ runs = 7 } = {}) {
  const server = await startServer(0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/tests/e2e/both-bundles.html`, { waitUntil: 'networkidle' });
    return await page.evaluate(async (runs) => {
      const plan = [
        ['stride-exercise-card', { exercise: 'bird-dog' }, 100],
        ['stride-red-flag-checker', {}, 20],
      ];
      const stage = document.createElement('div');
      document.body.replaceChildren(stage);

      async function widgets() {
        stage.replaceChildren();
        const t0 = performance.now();
        const els = [];
        for (const [tag, attrs, count] of plan) {
          for (let i = 0; i < count; i++) {
            const el = document.createElement(tag);
            for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
            stage.append(el);
            els.push(el);
          }
        }
        await Promise.all(els.map((el) => el.updateComplete));
        void stage.offsetHeight;
        return performance.now() - t0;
      }

      // One rendered instance of each widget, described as plain data to rebuild by hand.
      const describe = (node) =>
        node.nodeType === Node.TEXT_NODE
          ? node.data
          : node.nodeType === Node.ELEMENT_NODE
            ? { tag: node.localName, attrs: [...node.attributes].map((a) => [a.name, a.value]), children: [...node.childNodes].map(describe) }
            : null;
      await widgets();
      const samples = plan.map(([tag]) => {
        const el = stage.querySelector(tag);
        return { sheets: el.shadowRoot.adoptedStyleSheets, children: [...el.shadowRoot.childNodes].map(describe) };
      });
      const build = (d) => {
        if (typeof d === 'string') return document.createTextNode(d);
        const el = document.createElement(d.tag);
        for (const [k, v] of d.attrs) el.setAttribute(k, v);
        for (const c of d.children) if (c !== null) el.append(build(c));
        return el;
      };
      function byHand() {
        stage.replaceChildren();
        const t0 = performance.now();
        plan.forEach(([, , count], i) => {
          for (let n = 0; n < count; n++) {
            const host = document.createElement('div');
            const root = host.attachShadow({ mode: 'open' });
            root.adoptedStyleSheets = samples[i].sheets;
            for (const c of samples[i].children) if (c !== null) root.append(build(c));
            stage.append(host);
          }
        });
        void stage.offsetHeight;
        return performance.now() - t0;
      }

      const ratios = [];
      const times = { widgets: [], hand: [] };
      for (let r = 0; r < runs; r++) {
        const w = await widgets();
        const h = byHand();
        times.widgets.push(w);
        times.hand.push(h);
        ratios.push(w / h);
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { ratio: median(ratios), widgetsMs: median(times.widgets), handMs: median(times.hand) };
    }, runs);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await renderRatio();
  console.log(`100 cards + 20 checkers: widgets ${r.widgetsMs.toFixed(0)} ms, by hand ${r.handMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`);
}
