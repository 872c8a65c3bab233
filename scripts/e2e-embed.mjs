#!/usr/bin/env node
// End-to-end checks of embedding (run `npm run build` first), in Debian's
// headless Chromium: the script-tag loader (dist/cdn/loader.js) fetches only
// what a page shows, defines tags added later, stops watching, and lives
// beside the IIFE; the "Get the code" builder's snippets each render their
// widget on a blank page. Prints "N passed, N failed".
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { startServer } from './serve.mjs';
import { launchChromium } from './browser.mjs';
import { dist, loaderFiles } from './sizes.mjs';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs `fn` on a fresh page at `path` (after `init` scripts), recording errors, warnings and requests; asserts no page error. */
async function onPage(path, fn, { init, context } = {}) {
  const page = await (context ?? browser).newPage();
  const seen = { errors: [], warnings: [], requests: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('request', (r) => seen.requests.push(new URL(r.url()).pathname));
  if (init) await page.addInitScript(init);
  try {
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await fn(page, seen);
    assert(seen.errors.length === 0, `page errors: ${seen.errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}

/** Resolves when `tag`'s first element shows its heading (or the element named by `selector`). */
const rendered = (page, tag, part = 'heading') =>
  page.waitForFunction(
    ([t, p]) => document.querySelector(t)?.shadowRoot?.querySelector(`[part="${p}"]`),
    [tag, part],
    { timeout: 10_000 },
  );

const cdnRequests = (seen) => seen.requests.filter((p) => p.startsWith('/dist/')).sort();

console.log('e2e-embed: the loader and the builder in headless Chromium');

await check('a page with one card fetches the loader, the shared chunk, the card and its exercise, and nothing else', async () => {
  await onPage('/tests/e2e/loader-one-card.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    const heading = await page.evaluate(
      () => document.querySelector('stride-exercise-card').shadowRoot.querySelector('[part="heading"]').textContent,
    );
    assert(heading.trim() === 'Bird dog', `card heading: ${heading}`);
    const fetched = cdnRequests(seen);
    for (const other of ['red-flag-checker', 'form-cues', 'recovery-timer', 'catalogue', 'validate', 'exercise-side-plank']) {
      assert(!fetched.some((p) => p.includes(`/${other}`)), `fetched ${other}: ${fetched.join(', ')}`);
    }
    // The size budget counts these same files (scripts/sizes.mjs), so it measures what a page really downloads.
    const expected = loaderFiles(['stride-exercise-card'], ['bird-dog']).map((f) => `/dist/${relative(dist, f)}`).sort();
    assert(JSON.stringify(fetched) === JSON.stringify(expected), `fetched ${fetched.join(', ')}; counted ${expected.join(', ')}`);
    const scripts = await page.$$eval('script', (s) => s.map((x) => x.type));
    assert(scripts.join() === 'module', 'one module script on the page');
  });
});

await check('the loader serves no bare import: every chunk imports only relative files', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  for (const file of readdirSync(`${dist}/cdn`).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`${dist}/cdn/${file}`, 'utf8');
    const bare = [...code.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]).filter((s) => !s.startsWith('./'));
    assert(bare.length === 0, `${file} imports ${bare.join(', ')}`);
  }
});

await check('tags added later are defined, and a card with another exercise fetches it on first sight', async () => {
  await onPage('/tests/e2e/loader-one-card.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML =
        '<stride-exercise-card exercise="glute-bridge"></stride-exercise-card><stride-recovery-timer protocol="ice"></stride-recovery-timer>';
      document.querySelector('main').append(box);
    });
    await page.waitForFunction(() => customElements.get('stride-recovery-timer'), null, { timeout: 10_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('stride-exercise-card')[1]?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim() === 'Glute bridge',
      null,
      { timeout: 10_000 },
    );
    await rendered(page, 'stride-recovery-timer', 'display');
    const fetched = cdnRequests(seen);
    assert(fetched.includes('/dist/cdn/exercise-glute-bridge.js'), `fetched ${fetched.join(', ')}`);
    assert(!fetched.some((p) => /red-flag-checker|form-cues/.test(p)), `fetched ${fetched.join(', ')}`);
  });
});

await check('an unknown exercise shows the card\'s error through the loader', async () => {
  await onPage('/tests/e2e/loader-one-card.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    await page.evaluate(() => {
      const card = document.createElement('stride-exercise-card');
      card.setAttribute('exercise', 'no-such-exercise');
      document.body.append(card);
    });
    await page.waitForFunction(() => document.querySelectorAll('stride-exercise-card')[1]?.shadowRoot?.querySelector('[role="alert"]'));
    assert(seen.warnings.some((w) => w.includes('no-such-exercise')), `warnings: ${seen.warnings.join(' | ')}`);
  });
});

/** Counts MutationObserver.disconnect calls in the page. */
const countDisconnects = () => {
  window.__disconnects = 0;
  const original = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.disconnect = function disconnect() {
    window.__disconnects += 1;
    return original.call(this);
  };
};

await check('the loader keeps watching until every tag is defined, then stops', async () => {
  await onPage(
    '/tests/e2e/loader-one-card.html',
    async (page) => {
      await rendered(page, 'stride-exercise-card');
      assert((await page.evaluate(() => window.__disconnects)) === 0, 'it stopped watching with tags still undefined');
      await page.evaluate(() => {
        for (const tag of ['stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer', 'stride-catalogue']) {
          document.body.append(document.createElement(tag));
        }
      });
      await page.waitForFunction(() => window.__disconnects === 1, null, { timeout: 10_000 });
      // Once stopped, a new element of a defined tag still upgrades (the browser does that, not the loader).
      await page.evaluate(() => document.body.append(document.createElement('stride-form-cues')));
      assert((await page.evaluate(() => window.__disconnects)) === 1, 'disconnected more than once');
    },
    { init: countDisconnects },
  );
});

await check('the loader beside the IIFE throws nothing and warns once per tag on the page', async () => {
  await onPage(
    '/tests/e2e/loader-and-iife.html',
    async (page, seen) => {
      await rendered(page, 'stride-exercise-card');
      for (const tag of ['stride-exercise-card', 'stride-form-cues']) {
        const count = seen.warnings.filter((w) => w.includes(`<${tag}>`)).length;
        assert(count === 1, `expected one warning naming <${tag}>, got ${count}: ${seen.warnings.join(' | ')}`);
      }
      const fetched = cdnRequests(seen);
      assert(!fetched.some((p) => /cdn\/(exercise-card|form-cues)/.test(p)), `the loader fetched code for defined tags: ${fetched}`);
      // Every tag is defined by the IIFE, so the loader has nothing to watch for.
      assert((await page.evaluate(() => window.__disconnects)) >= 1, 'the loader is still watching');
    },
    { init: countDisconnects },
  );
});

await check('every widget renders through the loader, with no axe violations', async () => {
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await onPage('/tests/e2e/loader-all.html', async (page) => {
    await rendered(page, 'stride-exercise-card');
    await rendered(page, 'stride-red-flag-checker', 'form');
    await rendered(page, 'stride-form-cues', 'progress');
    await rendered(page, 'stride-recovery-timer', 'display');
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert(violations.length === 0, violations.join(' | '));
  });
});

await browser.close();
server.close();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`e2e-embed: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
