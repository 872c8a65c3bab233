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
import { closure, dist, loaderFiles } from './sizes.mjs';
import { createChecks } from './checks.mjs';
import { renderHTML } from '../dist/ssr.js';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const { check, assert, finish } = createChecks();

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
    assert(!fetched.includes('/dist/cdn/hydrate.js'), 'a page with no pre-rendered widget fetched the hydration support');
    const expected = loaderFiles(['stride-exercise-card'], ['bird-dog']).map((f) => `/dist/${relative(dist, f)}`).sort();
    assert(JSON.stringify(fetched) === JSON.stringify(expected), `fetched ${fetched.join(', ')}; counted ${expected.join(', ')}`);
    const scripts = await page.$$eval('script', (s) => s.map((x) => x.type));
    assert(scripts.join() === 'module', 'one module script on the page');
  });
});

await check('a card loads the timer\'s code only when "Start the holds" is pressed, then shows it with focus on its start', async () => {
  await onPage('/tests/e2e/loader-one-card.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    const before = cdnRequests(seen);
    assert(!before.some((p) => /\/(recovery-timer|controls)\.js/.test(p)), `fetched the timer's code before the press: ${before.join(', ')}`);
    assert(!(await page.evaluate(() => customElements.get('stride-recovery-timer'))), 'the timer is defined before the press');
    // Keyboard, as a reader would: focus the button, press Enter.
    await page.locator('stride-exercise-card [part~="timer-button"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('stride-exercise-card').shadowRoot.querySelector('stride-recovery-timer')?.shadowRoot?.activeElement,
      null,
      { timeout: 10_000 },
    );
    const state = await page.evaluate(() => {
      const card = document.querySelector('stride-exercise-card').shadowRoot;
      const timer = card.querySelector('stride-recovery-timer');
      return {
        protocol: timer.getAttribute('protocol'),
        heading: timer.shadowRoot.querySelector('[part="heading"]').textContent.trim(),
        focused: timer.shadowRoot.activeElement.getAttribute('part'),
        button: card.querySelector('[part~="timer-button"]').textContent.trim(),
      };
    });
    assert(state.protocol === 'mcgill-big-3' && state.heading === 'McGill big 3 holds', JSON.stringify(state));
    assert(state.focused === 'start-button' && state.button === 'Hide the timer', JSON.stringify(state));
    const added = cdnRequests(seen).filter((p) => !before.includes(p));
    // The timer's chunk and the shared code a card alone never runs (controls.js), nothing else.
    assert(
      JSON.stringify(added.sort()) === JSON.stringify(['/dist/cdn/controls.js', '/dist/cdn/recovery-timer.js']),
      `fetched on press: ${added.join(', ')}`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('stride-exercise-card').shadowRoot.querySelector('stride-recovery-timer').shadowRoot.querySelector('[part="pause-button"]'),
      null,
      { timeout: 10_000 },
    );
    // A timer the page adds later is this copy's class already: defined, no warning, nothing fetched again.
    await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<stride-recovery-timer protocol="ice"></stride-recovery-timer>'));
    await rendered(page, 'stride-recovery-timer', 'display');
    assert(seen.warnings.length === 0, `warnings: ${seen.warnings.join(' | ')}`);
    assert(cdnRequests(seen).filter((p) => p.includes('recovery-timer')).length === 1, `fetched ${cdnRequests(seen).join(', ')}`);
  });
});

await check("the card's code reaches the timer's only through a dynamic import: loader chunks and the npm entry", async () => {
  const { readFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  const cases = [
    { entry: join(dist, 'cdn', 'exercise-card.js'), timer: join(dist, 'cdn', 'recovery-timer.js') },
    { entry: join(dist, 'exercise-card.js'), timer: join(dist, readFileSync(join(dist, 'recovery-timer.js'), 'utf8').match(/chunks\/widget-recovery-timer-[\w-]+\.js/)[0]) },
  ];
  for (const { entry, timer } of cases) {
    const files = [...closure(entry)];
    assert(!files.includes(timer), `${relative(dist, entry)} imports ${relative(dist, timer)} statically`);
    // The timer's own strings (its event names) are nowhere in what the card loads.
    for (const file of files) assert(!readFileSync(file, 'utf8').includes('stride-timer-start'), `${relative(dist, file)} carries the timer's code`);
    const dynamic = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/import\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)].map((m) => join(dirname(f), m[1])));
    assert(dynamic.includes(timer), `${relative(dist, entry)}: no dynamic import of ${relative(dist, timer)} (${dynamic.map((d) => relative(dist, d)).join(', ')})`);
  }
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

await check('a routine alone through the loader defines the card and timer it shows, and fetches its steps\' exercises', async () => {
  await onPage('/tests/e2e/loader-routine.html', async (page, seen) => {
    const inRoutine = (selector) =>
      page.waitForFunction((s) => document.querySelector('stride-routine')?.shadowRoot?.querySelector(s), selector, { timeout: 10_000 });
    const cardHeading = () =>
      page.evaluate(() =>
        document.querySelector('stride-routine').shadowRoot.querySelector('stride-exercise-card').shadowRoot?.querySelector('[part="heading"]')?.textContent.trim(),
      );
    await inRoutine('[part="step"] stride-exercise-card');
    await page.waitForFunction(() =>
      document.querySelector('stride-routine').shadowRoot.querySelector('stride-exercise-card').shadowRoot?.querySelector('[part="heading"]'),
    );
    assert((await cardHeading()) === 'Cat–camel', `step 1: ${await cardHeading()}`);
    await page.locator('stride-routine [part="next-button"]').click();
    await page.waitForFunction(() =>
      document.querySelector('stride-routine').shadowRoot.querySelector('stride-recovery-timer')?.shadowRoot?.querySelector('[part="display"]'),
    );
    assert((await cardHeading()) === 'McGill curl-up', `step 2: ${await cardHeading()}`);
    const live = await page.evaluate(() => document.querySelector('stride-routine').shadowRoot.querySelector('[role="status"]').textContent.trim());
    assert(live === 'Step 2 of 4: McGill curl-up', `announced "${live}"`);
    const fetched = cdnRequests(seen);
    for (const id of ['cat-camel', 'curl-up', 'side-plank', 'bird-dog']) {
      assert(fetched.includes(`/dist/cdn/exercise-${id}.js`), `fetched ${fetched.join(', ')}`);
    }
    assert(!fetched.some((p) => /red-flag-checker|form-cues|exercise-plank/.test(p)), `fetched ${fetched.join(', ')}`);
    assert(seen.warnings.length === 0, `warnings: ${seen.warnings.join(' | ')}`);
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

/**
 * Inserts pre-rendered HTML (declarative shadow DOM, as `setHTMLUnsafe` parses it) at the end of <main>, and marks
 * each new element's pre-rendered heading, to tell afterwards whether it was kept (hydrated) or rendered again.
 */
const insertPrerendered = (page, html) =>
  page.evaluate((source) => {
    const box = document.createElement('div');
    box.setHTMLUnsafe(source);
    for (const el of box.children) el.shadowRoot.querySelector('[part="heading"]').__prerendered = true;
    document.querySelector('main').append(box);
  }, html);

await check('a pre-rendered widget added later hydrates: the loader fetches hydration support first, and earlier widgets still update', async () => {
  await onPage('/tests/e2e/loader-one-card.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    assert(!cdnRequests(seen).includes('/dist/cdn/hydrate.js'), 'hydration support fetched before any pre-rendered widget');
    await insertPrerendered(page, await renderHTML('<stride-form-cues group="posture"></stride-form-cues>'));
    await page.waitForFunction(() => customElements.get('stride-form-cues') && document.querySelector('stride-form-cues').hasUpdated, null, {
      timeout: 10_000,
    });
    const cues = await page.evaluate(() => {
      const heading = document.querySelector('stride-form-cues').shadowRoot.querySelectorAll('[part="heading"]');
      return { headings: heading.length, kept: heading[0].__prerendered === true };
    });
    assert(cues.headings === 1 && cues.kept, `the pre-rendered cues were rendered again: ${JSON.stringify(cues)}`);
    assert(cdnRequests(seen).includes('/dist/cdn/hydrate.js'), `fetched ${cdnRequests(seen).join(', ')}`);
    // The card, rendered before Lit's element class took the hydration support, still renders its changes.
    await page.evaluate(() => document.querySelector('stride-exercise-card').setAttribute('exercise', 'glute-bridge'));
    await page.waitForFunction(
      () => document.querySelector('stride-exercise-card').shadowRoot.querySelector('[part="heading"]')?.textContent.trim() === 'Glute bridge',
      null,
      { timeout: 10_000 },
    );
    // A checkbox still works after hydration.
    await page.locator('stride-form-cues input[type="checkbox"]').first().check();
    assert(await page.locator('stride-form-cues input[type="checkbox"]').first().isChecked(), 'the hydrated cues do not respond');
  });
});

await check('a pre-rendered element of a tag defined without hydration support renders again, once, with no error', async () => {
  await onPage('/tests/e2e/loader-one-card.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    await insertPrerendered(page, await renderHTML('<stride-exercise-card exercise="bird-dog"></stride-exercise-card>'));
    const second = await page.waitForFunction(
      () => {
        const card = document.querySelectorAll('stride-exercise-card')[1];
        const headings = card.shadowRoot.querySelectorAll('[part="heading"]');
        return card.hasUpdated && { headings: headings.length, text: headings[0]?.textContent.trim(), kept: headings[0]?.__prerendered === true };
      },
      null,
      { timeout: 10_000 },
    );
    const result = await second.jsonValue();
    assert(result.headings === 1 && result.text === 'Bird dog' && !result.kept, `the second card: ${JSON.stringify(result)}`);
    assert(!cdnRequests(seen).includes('/dist/cdn/hydrate.js'), 'hydration support fetched for an already defined tag');
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
        for (const tag of ['stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer', 'stride-routine', 'stride-catalogue']) {
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
      // The IIFE's widgets have shadow roots, but they were not pre-rendered: nothing to hydrate.
      assert(!fetched.includes('/dist/cdn/hydrate.js'), `the loader fetched the hydration support: ${fetched}`);
      // Every tag is defined by the IIFE, so the loader has nothing to watch for.
      assert((await page.evaluate(() => window.__disconnects)) >= 1, 'the loader is still watching');
    },
    { init: countDisconnects },
  );
});

await check('when the shared code cannot be fetched, the loader warns once per tag and throws nothing (alone and beside the IIFE)', async () => {
  for (const [path, tags] of [
    ['/tests/e2e/loader-one-card.html', ['stride-exercise-card']],
    ['/tests/e2e/loader-and-iife.html', ['stride-exercise-card', 'stride-form-cues']],
  ]) {
    const page = await browser.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route('**/dist/cdn/shared.js', (route) => route.abort());
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(200);
    await page.close();
    assert(errors.length === 0, `${path}: page errors ${errors.join(' | ')}`);
    for (const tag of tags) {
      const count = warnings.filter((w) => w.includes(`<${tag}> could not be loaded`)).length;
      assert(count === 1, `${path}: expected one "could not be loaded" warning for <${tag}>, got ${count}: ${warnings.join(' | ')}`);
    }
  }
});

await check('every widget renders through the loader, with no axe violations', async () => {
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await onPage('/tests/e2e/loader-all.html', async (page, seen) => {
    await rendered(page, 'stride-exercise-card');
    await rendered(page, 'stride-red-flag-checker', 'form');
    await rendered(page, 'stride-form-cues', 'progress');
    await rendered(page, 'stride-recovery-timer', 'display');
    await rendered(page, 'stride-routine', 'step');
    await page.waitForFunction(() =>
      document.querySelector('stride-routine').shadowRoot.querySelector('stride-exercise-card')?.shadowRoot?.querySelector('[part="heading"]'),
    );
    assert(!cdnRequests(seen).includes('/dist/cdn/hydrate.js'), 'a page with no pre-rendered widget fetched the hydration support');
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert(violations.length === 0, violations.join(' | '));
  });
});

/** The builder's options for one widget, set through its form as a user would. */
const BUILDER_CASES = [
  {
    tag: 'stride-exercise-card',
    set: async (page) => {
      await page.selectOption('#exercise', 'side-plank');
      await page.check('#compact');
      await page.selectOption('#theme', 'dark');
      await page.selectOption('#heading-level', '4');
    },
    expect: ['exercise="side-plank"', ' compact', 'theme="dark"', 'heading-level="4"'],
  },
  {
    tag: 'stride-red-flag-checker',
    set: async (page) => {
      await page.fill('#emergency-number', '112');
      await page.fill('#advice-line', '111');
    },
    expect: ['emergency-number="112"', 'advice-line="111"'],
  },
  {
    tag: 'stride-form-cues',
    set: async (page) => {
      await page.check('#cue-posture');
      await page.check('#cue-arms');
      await page.selectOption('#theme', 'light');
    },
    expect: ['cues="posture,arms"', 'theme="light"'],
  },
  {
    tag: 'stride-recovery-timer',
    set: async (page) => {
      await page.selectOption('#protocol', 'heat');
      await page.selectOption('#heading-level', '2');
    },
    expect: ['protocol="heat"', 'heading-level="2"'],
  },
  {
    tag: 'stride-routine',
    set: async (page) => {
      await page.selectOption('#routine', 'runner-strength');
      await page.check('#persist');
    },
    expect: ['routine="runner-strength"', ' persist'],
  },
];

/** The text a widget shows (its shadow root, whitespace folded, styles aside), and its attributes. */
const shown = (page, tag) =>
  page.$eval(tag, (el) => ({
    // Pre-rendered shadow roots also carry their styles (<style>) and a notice for readers without JavaScript
    // (<noscript>): the text shown is the rest.
    text: (() => {
      if (!el.shadowRoot) return '';
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
      const parts = [];
      while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('style, noscript')) parts.push(walker.currentNode.data);
      return parts.join('').replace(/\s+/g, ' ').trim();
    })(),
    attributes: el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`).sort(),
    error: Boolean(el.shadowRoot?.querySelector('[role="alert"]')),
  }));

/** The snippet of the current options, once the builder has written it. */
async function builderSnippet(page) {
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
  return page.$eval('#snippet', (t) => t.value);
}

await check('the builder pins the package version in its snippets', async () => {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const code = readFileSync(new URL('../demo/builder.js', import.meta.url), 'utf8');
  assert(code.includes(`export const VERSION = '${version}';`), `demo/builder.js does not pin ${version}`);
});

await check('every builder snippet, pasted into a blank page, renders the widget the builder showed', async () => {
  // A blank page on another origin; the CDN the snippets name is answered from this build's dist/.
  const context = await browser.newContext();
  await context.route('https://unpkg.com/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/stride-widgets@[^/]+\/dist\//, '/dist/');
    const response = await fetch(origin + path);
    await route.fulfill({ status: response.status, contentType: 'text/javascript', body: Buffer.from(await response.arrayBuffer()) });
  });
  let blankBody = '';
  await context.route('http://blank.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${blankBody}\n</body></html>`,
    }),
  );
  try {
    await onPage('/demo/builder.html', async (builder) => {
      for (const { tag, set, expect } of BUILDER_CASES) {
        await builder.check(`input[name="widget"][value="${tag}"]`);
        await set(builder);
        for (const kind of ['loader', 'classic', 'prerendered']) {
          await builder.check(`input[name="kind"][value="${kind}"]`);
          const snippet = await builderSnippet(builder);
          for (const part of expect) assert(snippet.includes(part), `${tag} ${kind}: "${part}" missing from\n${snippet}`);
          const script = kind === 'classic' ? '<script src="https://unpkg.com/' : '<script type="module" src="https://unpkg.com/';
          assert(snippet.includes(script), `${tag} ${kind}: the script tag\n${snippet}`);
          // With the demo server's render endpoint (a build with dist/ssr.js) the snippet is declarative shadow DOM;
          // without it, the element with the `render` command to run at build time.
          if (kind === 'prerendered') {
            const ok = /<template shadowroot(mode)?=/.test(snippet) || snippet.includes('npx stride-widgets render');
            assert(ok, `${tag}: neither pre-rendered HTML nor the render command\n${snippet}`);
          }
          await builder.waitForFunction((t) => document.querySelector(`#preview ${t}`)?.shadowRoot?.childElementCount, tag);
          const preview = await shown(builder, `#preview ${tag}`);
          assert(!preview.error && preview.text, `${tag}: the preview rendered: ${JSON.stringify(preview)}`);

          blankBody = snippet;
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto('http://blank.test/', { waitUntil: 'networkidle' });
          await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.childElementCount, tag, { timeout: 10_000 });
          const pasted = await shown(page, tag);
          await page.close();
          assert(errors.length === 0, `${tag} ${kind}: page errors ${errors.join(' | ')}`);
          assert(JSON.stringify(pasted) === JSON.stringify(preview), `${tag} ${kind}: pasted ${JSON.stringify(pasted).slice(0, 300)}\nshown ${JSON.stringify(preview).slice(0, 300)}`);
        }
      }
    });
  } finally {
    await context.close();
  }
});

await check('the builder has no axe violations, light and dark, for each widget', async () => {
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme });
    try {
      await onPage(
        '/demo/builder.html',
        async (page) => {
          await page.addScriptTag({ path: axeSource });
          for (const { tag } of BUILDER_CASES) {
            await page.check(`input[name="widget"][value="${tag}"]`);
            await page.waitForFunction((t) => document.querySelector(`#preview ${t}`)?.shadowRoot?.childElementCount, tag);
            const violations = await page.evaluate(async () => {
              const results = await window.axe.run(document, { resultTypes: ['violations'] });
              return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
            });
            assert(violations.length === 0, `${colorScheme}, ${tag}: ${violations.join(' | ')}`);
          }
        },
        { context },
      );
    } finally {
      await context.close();
    }
  }
});

await browser.close();
server.close();
finish('e2e-embed');
