#!/usr/bin/env node
// End-to-end checks of the BUILT bundles (run `npm run build` first), in
// Debian's headless Chromium: the demo page through a classic <script src>,
// and both bundles on one page. Prints "N passed, N failed".
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { launchChromium } from './browser.mjs';
import { createChecks } from './checks.mjs';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const { check, assert, finish } = createChecks();

/** Opens a page, recording page errors, console messages and every request. */
async function open(path) {
  const page = await browser.newPage();
  const seen = { errors: [], warnings: [], requests: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('request', (r) => seen.requests.push(r.url()));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  return { page, seen };
}

/** Runs `fn` on a fresh page at `path`, then asserts it logged no page errors, and closes it. */
async function onPage(path, fn) {
  const { page, seen } = await open(path);
  try {
    await fn(page, seen);
    assert(seen.errors.length === 0, `page errors: ${seen.errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}

/** For each element with `tag`: its main heading's text, and whether it shows an error. */
function widgetStates(page, tag) {
  return page.$$eval(tag, (els) =>
    els.map((el) => ({
      heading: el.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? null,
      error: Boolean(el.shadowRoot?.querySelector('[role="alert"]')),
    })),
  );
}

console.log('e2e: built bundles in headless Chromium');

await check('the demo renders its exercise cards from the classic-script IIFE, with no page errors', async () => {
  await onPage('/', async (page) => {
    const scripts = await page.$$eval('script[src]', (s) => s.map((x) => ({ src: x.getAttribute('src'), type: x.type })));
    assert(scripts.some((s) => s.src.endsWith('stride-widgets.iife.js') && s.type === ''), 'the demo loads the IIFE with a classic script tag');
    const cards = await widgetStates(page, 'stride-exercise-card');
    assert(cards.length >= 3, `expected at least 3 cards, found ${cards.length}`);
    for (const card of cards) assert(card.heading && !card.error, `a card did not render: ${JSON.stringify(card)}`);
  });
});

await check('the demo red-flag checker signposts an emergency at once from the built bundle', async () => {
  await onPage('/', async (page) => {
    const checker = page.locator('stride-red-flag-checker');
    await checker.locator('input[name="both-legs"][value="yes"]').check();
    const result = checker.locator('[part="result"]');
    await result.waitFor();
    const level = await result.getAttribute('data-level');
    const words = await result.innerText();
    assert(level === 'emergency', `result level ${level}`);
    assert(words.includes('999'), `the emergency number is shown: ${words}`);
  });
});

await check('the demo form-cue checklist ticks and counts from the built bundle', async () => {
  await onPage('/', async (page) => {
    const cues = page.locator('stride-form-cues');
    const progress = cues.locator('[part="progress"]');
    const before = await progress.innerText();
    await cues.locator('input[type="checkbox"]').first().check();
    const after = await progress.innerText();
    assert(before !== after && /\b1\b/.test(after), `progress went from "${before}" to "${after}"`);
  });
});

await check('the demo ice timer counts down from the built bundle', async () => {
  await onPage('/', async (page) => {
    const timer = page.locator('stride-recovery-timer[protocol="ice"]');
    const display = timer.locator('[part="display"]');
    const clock = async () => (await display.innerText()).match(/\d+:\d\d/)?.[0];
    const before = await clock();
    await timer.locator('[part="start-button"]').click();
    await page.waitForTimeout(1300);
    const after = await clock();
    assert(before === '15:00' && (after === '14:59' || after === '14:58'), `display went from ${before} to ${after}`);
  });
});

await check('a demo card opens its holds timer from the IIFE, which carries it already: no request, no warning', async () => {
  await onPage('/', async (page, seen) => {
    const card = page.locator('stride-exercise-card[exercise="bird-dog"]');
    const requests = seen.requests.length;
    await card.locator('[part~="timer-button"]').click();
    const timer = card.locator('stride-recovery-timer');
    await timer.locator('[part="start-button"]').waitFor();
    const heading = (await timer.locator('[part="heading"]').innerText()).trim();
    assert(heading === 'McGill big 3 holds', `timer heading: ${heading}`);
    assert((await timer.getAttribute('protocol')) === 'mcgill-big-3', 'the protocol of the bird dog');
    assert(seen.requests.length === requests, `requests on press: ${seen.requests.slice(requests).join(', ')}`);
    assert(seen.warnings.length === 0, `warnings: ${seen.warnings.join(' | ')}`);
    await card.locator('[part~="timer-button"]').click();
    assert((await timer.count()) === 0, 'Hide the timer removes it');
  });
});

// The one real-time check of the timer (the unit suite runs on a stubbed clock; more figures in
// scripts/bench-timer.mjs): time comes from the clock, so a blocked main thread delays the render, not the end.
await check('real time: a 3 s timer from the built bundle completes at 3 s although the main thread was blocked for 1.5 s', async () => {
  await onPage('/', async (page) => {
    const result = await page.evaluate(async () => {
      const el = document.createElement('stride-recovery-timer');
      el.setAttribute('duration', '3');
      document.body.append(el);
      await el.updateComplete;
      const done = new Promise((resolve) => el.addEventListener('stride-timer-complete', resolve, { once: true }));
      const started = performance.now();
      el.shadowRoot.querySelector('[part~="start-button"]').click();
      await new Promise((r) => setTimeout(r, 500));
      const end = performance.now() + 1_500;
      while (performance.now() < end) {
        // Blocks the main thread, as a heavy page would.
      }
      await done;
      const took = performance.now() - started;
      await el.updateComplete;
      const display = el.shadowRoot.querySelector('[part="display"] .display__digits').textContent.trim();
      el.remove();
      return { took, display };
    });
    assert(result.took >= 2_700 && result.took <= 3_300, `completed after ${Math.round(result.took)} ms, not 3 s ± 300 ms`);
    assert(result.display === '0:00', `display ${result.display} at completion`);
  });
});

await check('the demo page has no axe violations, light and dark, with a result showing', async () => {
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ colorScheme });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('stride-red-flag-checker input[name="fever"][value="yes"]').check();
    for (const input of await page.locator('stride-red-flag-checker input[value="no"]').all()) {
      if (!(await input.evaluate((el) => el.name === 'fever'))) await input.check();
    }
    await page.locator('stride-red-flag-checker [part="submit-button"]').click();
    await page.locator('stride-red-flag-checker [part="result"]').waitFor();
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert(violations.length === 0, `${colorScheme}: ${violations.join(' | ')}`);
    await page.close();
  }
});

await check('the demo makes no network request besides the page, the bundle and the space-reserving stylesheet', async () => {
  await onPage('/', async (page, seen) => {
    const expected = ['/', '/dist/stride-widgets.iife.js', '/dist/stride-widgets.css'].map((path) => origin + path);
    const others = seen.requests.filter((url) => !expected.includes(url));
    assert(others.length === 0, `unexpected requests: ${others.join(', ')}`);
  });
});

await check('window.StrideWidgets exposes the catalogue API and the element classes', async () => {
  await onPage('/', async (page) => {
    const api = await page.evaluate(() => ({
      load: typeof window.StrideWidgets?.loadCatalogue,
      get: typeof window.StrideWidgets?.getCatalogue,
      card: window.StrideWidgets?.StrideExerciseCard === customElements.get('stride-exercise-card'),
      exercises: window.StrideWidgets?.getCatalogue().exercises.length,
    }));
    assert(api.load === 'function' && api.get === 'function', `API: ${JSON.stringify(api)}`);
    assert(api.card, 'StrideExerciseCard is the defined class');
    assert(api.exercises === 20, `getCatalogue() has ${api.exercises} exercises`);
  });
});

await check("the README's own tag names work with the built IIFE: StrideWidgets.StrideExerciseCard.define('clinic-card')", async () => {
  await onPage('/', async (page, seen) => {
    const headings = await page.evaluate(async () => {
      window.StrideWidgets.StrideExerciseCard.define('clinic-card');
      customElements.get('stride-recovery-timer').define('clinic-timer');
      document.body.insertAdjacentHTML('beforeend', '<clinic-card exercise="bird-dog"></clinic-card><clinic-timer duration="90s"></clinic-timer>');
      const els = [document.querySelector('clinic-card'), document.querySelector('clinic-timer')];
      await Promise.all(els.map((el) => el.updateComplete));
      return els.map((el) => el.shadowRoot.querySelector('[part="heading"]')?.textContent.trim());
    });
    assert(headings[0] === 'Bird dog' && headings[1], `headings under the new tags: ${JSON.stringify(headings)}`);
    assert(seen.warnings.length === 0, `warnings: ${seen.warnings.join(' | ')}`);
  });
});
await check('the demo routine steps through from the built bundle, each step with a new timer, and resumes after a reload', async () => {
  await onPage('/', async (page) => {
    const routine = page.locator('stride-routine');
    const heading = () => routine.locator('#step-heading').innerText();
    assert((await heading()) === 'Step 1 of 4', `starts at ${await heading()}`);
    await routine.locator('[part="next-button"]').click();
    const timer = routine.locator('stride-recovery-timer');
    await timer.locator('[part="start-button"]').click();
    await timer.locator('[part="pause-button"]').waitFor();
    await routine.locator('[part="next-button"]').click();
    assert((await heading()) === 'Step 3 of 4', `moved to ${await heading()}`);
    // The side plank's timer is a new one, ready to start: the curl-up's running timer did not carry over.
    await timer.locator('[part="start-button"]').waitFor();
    assert((await routine.locator('stride-exercise-card [part="heading"]').innerText()) === 'Side plank', 'the side plank card');
    await page.reload({ waitUntil: 'networkidle' });
    assert((await heading()) === 'Step 3 of 4', `after a reload: ${await heading()}`);
    await page.evaluate(() => localStorage.clear());
  });
});

await check('a clinic catalogue loaded through the IIFE re-renders the cards', async () => {
  await onPage('/', async (page) => {
    const renamed = await page.evaluate(async () => {
      const base = window.StrideWidgets.getCatalogue().exercises.find((e) => e.id === 'bird-dog');
      await window.StrideWidgets.loadCatalogue({ exercises: [{ ...base, name: 'Clinic bird dog' }] });
      const card = document.querySelector('stride-exercise-card[exercise="bird-dog"]');
      await card.updateComplete;
      return card.shadowRoot.querySelector('[part="heading"]').textContent.trim();
    });
    assert(renamed === 'Clinic bird dog', `heading after merge: ${renamed}`);
  });
});

await check('the IIFE and the ES bundle on one page throw nothing and warn once per tag', async () => {
  await onPage('/tests/e2e/both-bundles.html', async (page, seen) => {
    await page.waitForFunction(() => document.querySelector('stride-exercise-card')?.shadowRoot?.querySelector('[part="heading"]'));
    for (const tag of ['stride-exercise-card', 'stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer', 'stride-catalogue']) {
      const count = seen.warnings.filter((w) => w.includes(`<${tag}>`)).length;
      assert(count === 1, `expected one warning naming <${tag}>, got ${count}: ${seen.warnings.join(' | ')}`);
    }
    const cards = await widgetStates(page, 'stride-exercise-card');
    assert(cards[0].heading && !cards[0].error, 'the card rendered');
  });
});

await check('dist/stride-widgets.css reserves close to each widget\'s rendered height before the script runs (the demo links it)', async () => {
  for (const width of [375, 1280]) {
    const heights = async (withScript) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      if (!withScript) await page.route('**/stride-widgets.iife.js', (route) => route.abort());
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      // The page's own widgets (document.querySelectorAll), not those inside a routine's shadow root ($$eval pierces it).
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer, stride-routine')].map(
          (el) => ({ tag: el.localName, defined: el.matches(':defined'), height: el.getBoundingClientRect().height }),
        ),
      );
      await page.close();
      return found;
    };
    const [before, after] = [await heights(false), await heights(true)];
    assert(before.every((w) => !w.defined) && after.every((w) => w.defined), 'the widgets were undefined without the script');
    for (const [i, w] of before.entries()) {
      const ratio = w.height / after[i].height;
      assert(ratio > 0.75 && ratio < 1.25, `${width} px: ${w.tag} #${i} reserved ${w.height | 0} px, rendered ${after[i].height | 0} px`);
    }
  }
});

await check('the demo server answers a malformed URL with 400 and keeps serving', async () => {
  const { get } = await import('node:http');
  const status = (path) =>
    new Promise((done, fail) => get(`${origin}${path}`, (res) => (res.resume(), done(res.statusCode))).on('error', fail));
  assert((await status('/dist/%E0')) === 400, 'a bad percent-escape is a 400');
  assert((await status('/')) === 200, 'the server still serves the demo afterwards');
});

const root = fileURLToPath(new URL('..', import.meta.url));

await check('every file that defines an element is listed in package.json sideEffects, and no content chunk is', async () => {
  const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const patterns = sideEffects.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
  const listed = (file) => patterns.some((re) => re.test(file));
  const files = [
    ...readdirSync(join(root, 'dist')).map((f) => `./dist/${f}`),
    ...readdirSync(join(root, 'dist/chunks')).map((f) => `./dist/chunks/${f}`),
  ].filter((f) => f.endsWith('.js'));
  for (const file of files) {
    const code = readFileSync(join(root, file), 'utf8');
    const defines = /\.define\(["'`]stride-/.test(code);
    if (defines) assert(listed(file), `${file} defines an element but is not in sideEffects`);
    if (file.includes('/chunks/content-')) assert(!listed(file), `${file} holds content only but is in sideEffects`);
  }
});

await check('the build fails, naming the path, when the bundled catalogue is invalid', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stride-build-guard-'));
  try {
    for (const item of ['src', 'scripts', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const cataloguePath = join(dir, 'src/catalogue/catalogue.json');
    const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8'));
    catalogue.exercises[0].steps = 'kneel';
    writeFileSync(cataloguePath, JSON.stringify(catalogue));
    const run = spawnSync(join(dir, 'node_modules/.bin/vite'), ['build', '--configLoader', 'bundle', '--outDir', join(dir, 'out')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    assert(run.status !== 0, 'the build succeeded with an invalid catalogue');
    assert(`${run.stdout}${run.stderr}`.includes('exercises[0].steps: expected array'), `build output: ${run.stderr.slice(0, 500)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

await browser.close();
server.close();
finish('e2e');
