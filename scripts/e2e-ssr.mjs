#!/usr/bin/env node
// End-to-end checks of pre-rendered pages (`stride-widgets/ssr`) against the
// BUILT bundles (run `npm run build` first), in Debian's headless Chromium:
// hydration by each script bundle (no console error, no change to the
// pre-rendered elements' attributes or shadow DOM nodes, no layout shift,
// widgets that work), and the page read with JavaScript off.
// Prints "N passed, N failed".
import { readFileSync } from 'node:fs';
import { renderHTML } from '../dist/ssr.js';
import { getCatalogue } from '../dist/catalogue.js';
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';
import { createChecks } from './checks.mjs';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const { check, assert, finish } = createChecks();

const bundled = getCatalogue();
const birdDog = bundled.exercises.find((e) => e.id === 'bird-dog');
const firstPostureCue = bundled.cues.find((c) => c.group === 'posture').id;
const CUES_KEY = 'stride-widgets:form-cues:v1:ssr-e2e';
/** The card's exercise has a movement figure: pre-rendered still, it gets its pause button once hydrated, shifting nothing. */
const SAMPLE_FIGURES = JSON.parse(readFileSync(new URL('../tests/exercise-card/sample-figures.json', import.meta.url), 'utf8'));

/**
 * A blog post with the four widgets, pre-rendered with a clinic catalogue, the script at the end of <body>, and
 * the stylesheet that reserves a script-rendered widget's height (a blog that linked it before pre-rendering keeps it).
 */
async function prerenderedPage(script) {
  const source = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back care for runners</title>
<link rel="stylesheet" href="/dist/stride-widgets.css">
<style>body { font-family: sans-serif; max-width: 40em; margin: 0 auto; padding: 1em; }</style></head>
<body><h1>Back care for runners</h1>
<p>Some gentle exercises, the signs to get checked, and how to run tall.</p>
<stride-exercise-card exercise="bird-dog"></stride-exercise-card>
<stride-red-flag-checker emergency-number="999"></stride-red-flag-checker>
<stride-form-cues group="posture" persist="ssr-e2e"></stride-form-cues>
<stride-recovery-timer protocol="ice"></stride-recovery-timer>
<p>The end of the post.</p>
${script}
</body></html>`;
  return renderHTML(source, { catalogue: { exercises: [{ ...birdDog, name: 'Riverside bird dog', figure: SAMPLE_FIGURES['bird-dog'] }] } });
}

const BUNDLES = {
  'the classic-script IIFE': '<script src="/dist/stride-widgets.iife.js"></script>',
  'the ES bundle': '<script type="module" src="/dist/stride-widgets.js"></script>',
  'the loader': '<script type="module" src="/dist/cdn/loader.js"></script>',
};

/**
 * Before any page script: records attribute changes on the stride-* elements,
 * nodes added to or removed from their light DOM, and layout shifts.
 */
function watch() {
  window.__seen = { attributes: [], childList: [], shifts: [] };
  new MutationObserver((records) => {
    for (const r of records) {
      const tag = r.target.localName ?? '';
      if (r.type === 'attributes' && tag.startsWith('stride-')) {
        window.__seen.attributes.push({ tag, name: r.attributeName, old: r.oldValue, now: r.target.getAttribute(r.attributeName) });
      }
      if (r.type === 'childList' && tag.startsWith('stride-') && tag !== 'stride-catalogue') window.__seen.childList.push(tag);
    }
  }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, childList: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__seen.shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

console.log('e2e:ssr: pre-rendered pages in headless Chromium');

for (const [bundle, script] of Object.entries(BUNDLES)) {
  await check(`a pre-rendered page hydrates with ${bundle}: no error, no attribute or node changed, no layout shift`, async () => {
    const html = await prerenderedPage(script);
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(
      ([key, ids]) => localStorage.setItem(key, JSON.stringify(ids)),
      [CUES_KEY, [firstPostureCue]],
    );
    await page.addInitScript(watch);
    await page.route(`${origin}/post.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    // Hold the bundle back until the pre-rendered nodes are marked, to see whether hydration keeps them.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/dist\/(stride-widgets(\.iife)?|cdn\/loader)\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${origin}/post.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('stride-recovery-timer')?.shadowRoot?.querySelector('[part="safety-note"]'));
    const before = await page.evaluate(() => {
      const marked = [];
      for (const el of document.querySelectorAll('stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer')) {
        const heading = el.shadowRoot.querySelector('[part="heading"]');
        heading.__prerendered = true;
        const figure = el.shadowRoot.querySelector('[part="figure"]');
        if (figure) figure.__prerendered = true;
        marked.push({
          tag: el.localName,
          defined: Boolean(customElements.get(el.localName)),
          heading: heading.textContent.trim(),
          height: Math.round(el.getBoundingClientRect().height),
        });
      }
      return marked;
    });
    assert(before.length === 4 && before.every((w) => !w.defined), `pre-rendered before the script: ${JSON.stringify(before)}`);
    assert(before[0].heading === 'Riverside bird dog', `the card was rendered with the clinic catalogue: ${before[0].heading}`);
    release();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer')].every(
        (el) => customElements.get(el.localName) && el.hasUpdated,
      ),
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('[theme], stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer')].map((el) => el.updateComplete)));
    // The card's figure gets its pause button in the update after hydration (the first matched the server's).
    await page.waitForFunction(() => document.querySelector('stride-exercise-card').shadowRoot.querySelector('.figure__toggle'), null, { timeout: 5000 }).catch(() => {});
    const after = await page.evaluate(() => ({
      kept: [...document.querySelectorAll('stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer')].map(
        (el) => el.shadowRoot.querySelector('[part="heading"]').__prerendered === true,
      ),
      cardHeading: document.querySelector('stride-exercise-card').shadowRoot.querySelector('[part="heading"]').textContent.trim(),
      figureKept: document.querySelector('stride-exercise-card').shadowRoot.querySelector('[part="figure"]')?.__prerendered === true,
      pauseButton: !!document.querySelector('stride-exercise-card').shadowRoot.querySelector('.figure__toggle'),
      ticked: document.querySelector('stride-form-cues').shadowRoot.querySelector(`input[type="checkbox"]`).checked,
      heights: [...document.querySelectorAll('stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer')].map(
        (el) => Math.round(el.getBoundingClientRect().height),
      ),
      seen: window.__seen,
    }));
    // Pre-rendered, a widget has its own height at once: stride-widgets.css reserves none for it (nothing moves, even off screen).
    assert(
      JSON.stringify(before.map((w) => w.height)) === JSON.stringify(after.heights),
      `heights before the script ${before.map((w) => w.height)}, after ${after.heights}`,
    );
    assert(after.kept.every(Boolean), `hydration replaced pre-rendered nodes: ${JSON.stringify(after.kept)}`);
    assert(after.cardHeading === 'Riverside bird dog', `the card hydrated with the inline catalogue: ${after.cardHeading}`);
    assert(after.figureKept && after.pauseButton, `the figure was kept (${after.figureKept}) and got its pause button (${after.pauseButton})`);
    assert(after.ticked, 'the saved tick was restored after hydration');
    // Lit writes a reflected attribute again on the first update (same value): a record, but no change.
    const changed = after.seen.attributes.filter((a) => a.old !== a.now);
    assert(changed.length === 0, `attributes changed: ${JSON.stringify(changed)}`);
    assert(after.seen.childList.length === 0, `light DOM changed in ${after.seen.childList.join(', ')}`);
    const cls = after.seen.shifts.reduce((a, b) => a + b, 0);
    assert(cls === 0, `layout shift ${cls}`);
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);

    // It works: an emergency answer gives its result; the timer starts.
    const checker = page.locator('stride-red-flag-checker');
    await checker.locator('input[name="both-legs"][value="yes"]').check();
    await checker.locator('[part="result"]').waitFor();
    assert((await checker.locator('[part="result"]').getAttribute('data-level')) === 'emergency', 'the checker gave its result');
    const timer = page.locator('stride-recovery-timer');
    await timer.locator('[part="start-button"]').click();
    await timer.locator('[part="pause-button"]').waitFor();
    await page.waitForFunction(() => /14:5\d/.test(document.querySelector('stride-recovery-timer').shadowRoot.querySelector('[part="display"]').textContent));
    await page.locator('stride-form-cues input[type="checkbox"]').nth(1).check();
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await page.close();
  });
}

await check('a pre-rendered timer with persist hydrates, then resumes the timer saved before a reload', async () => {
  const html = await renderHTML(
    `<!doctype html><html lang="en"><head><title>Timer</title><link rel="icon" href="data:,"></head><body>
<stride-recovery-timer protocol="ice" persist="ssr-e2e"></stride-recovery-timer>
${BUNDLES['the classic-script IIFE']}</body></html>`,
  );
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route(`${origin}/timer.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${origin}/timer.html`, { waitUntil: 'networkidle' });
  const timer = page.locator('stride-recovery-timer');
  await timer.locator('[part="start-button"]').click();
  await timer.locator('[part="pause-button"]').waitFor();
  await page.reload({ waitUntil: 'networkidle' });
  // The server drew it ready to start; after hydrating, it shows the running timer it saved.
  await timer.locator('[part="pause-button"]').waitFor();
  assert(!(await timer.locator('[part="start-button"]').count()), 'the start button is gone');
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  await page.close();
});

for (const [bundle, script] of Object.entries(BUNDLES)) {
  await check(`a pre-rendered routine hydrates with ${bundle}, keeping its nodes and its card's, then resumes the step saved before`, async () => {
    const html = await renderHTML(
      `<!doctype html><html lang="en"><head><title>Routine</title><link rel="icon" href="data:,"></head><body>
<stride-routine routine="mcgill-daily" persist></stride-routine>
${script}</body></html>`,
    );
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => localStorage.setItem('stride-widgets:routine:v1:mcgill-daily', '1'));
    await page.route(`${origin}/routine.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/dist\/(stride-widgets(\.iife)?|cdn\/loader)\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${origin}/routine.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('stride-routine')?.shadowRoot?.querySelector('stride-exercise-card')?.shadowRoot);
    const before = await page.evaluate(() => {
      const root = document.querySelector('stride-routine').shadowRoot;
      root.querySelector('[part="heading"]').__prerendered = true;
      return root.querySelector('stride-exercise-card').shadowRoot.querySelector('[part="heading"]').textContent.trim();
    });
    assert(before === 'Cat–camel', `pre-rendered at step 1: ${before}`);
    release();
    await page.waitForFunction(
      () => document.querySelector('stride-routine').shadowRoot.querySelector('#step-heading')?.textContent.trim() === 'Step 2 of 4',
      null,
      { timeout: 10_000 },
    );
    await page.waitForFunction(() =>
      document.querySelector('stride-routine').shadowRoot.querySelector('stride-exercise-card').shadowRoot?.querySelector('[part="heading"]'),
    );
    const after = await page.evaluate(() => {
      const root = document.querySelector('stride-routine').shadowRoot;
      return {
        kept: root.querySelector('[part="heading"]').__prerendered === true,
        card: root.querySelector('stride-exercise-card').shadowRoot.querySelector('[part="heading"]').textContent.trim(),
        timer: Boolean(root.querySelector('stride-recovery-timer')),
      };
    });
    assert(after.kept, 'hydration replaced the pre-rendered heading');
    assert(after.card === 'McGill curl-up' && after.timer, `resumed at step 2: ${JSON.stringify(after)}`);
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await page.close();
  });
}

await check('a pre-rendered page reads with JavaScript off: the whole card, the questions with a notice, the timer and its safety note', async () => {
  const html = await prerenderedPage(BUNDLES['the classic-script IIFE']);
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.route(`${origin}/post.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${origin}/post.html`);
  const card = page.locator('stride-exercise-card');
  assert((await card.locator('[part="heading"]').innerText()) === 'Riverside bird dog', 'card heading');
  for (const step of birdDog.steps) assert(await card.getByText(step).isVisible(), `card step not shown: ${step}`);
  const checker = page.locator('stride-red-flag-checker');
  const notice = checker.locator('[part="no-script"]');
  assert(await notice.isVisible(), 'the checker says it needs JavaScript');
  assert((await notice.innerText()).includes('999'), 'the notice names the emergency number');
  const questions = await checker.locator('fieldset').count();
  assert(questions >= 5 && (await checker.locator('fieldset').first().isVisible()), `questions shown: ${questions}`);
  const timer = page.locator('stride-recovery-timer');
  assert(await timer.locator('[part="heading"]').isVisible(), 'timer heading');
  const note = bundled.protocols.find((p) => p.id === 'ice').safetyNote;
  assert((await timer.locator('[part="safety-note"]').innerText()).includes(note.slice(0, 60)), 'the timer shows its safety note');
  assert(await page.locator('stride-form-cues [part="heading"]').isVisible(), 'cues heading');
  await page.close();
});

await check('with JavaScript on, the no-script notice takes no space and is never shown', async () => {
  const html = await prerenderedPage(BUNDLES['the classic-script IIFE']);
  const page = await browser.newPage();
  await page.route(`${origin}/post.html`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${origin}/post.html`, { waitUntil: 'networkidle' });
  const visible = await page.locator('stride-red-flag-checker noscript').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  assert(visible.length <= 1 && visible.every((h) => h === 0), `noscript heights: ${visible}`);
  assert(!(await page.locator('stride-red-flag-checker [part="no-script"]').count()), 'no notice element');
  await page.close();
});

await browser.close();
server.close();
finish('e2e:ssr');
