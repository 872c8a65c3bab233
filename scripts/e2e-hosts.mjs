#!/usr/bin/env node
// The host-page suite: the BUILT bundles (run `npm run build` first) on the
// pages our readers' blogs really are (tests/e2e/hosts/): right-to-left Arabic,
// 200% and 62.5% root font sizes, an aggressive reset on a dark and a light
// page, a strict CSP, Trusted Types, both bundles loaded twice, and 1,000
// create/move/remove cycles. Every check runs inside the page (probe.js), so
// each browser driver only opens pages and reads JSON back.
// Every page runs in all three engines: Chromium (playwright-core), Firefox
// ESR (puppeteer) and WebKitGTK (WebDriver). MiniBrowser's window is at least
// 447 px wide, so in WebKit every page runs in a frame of the width asked for
// (frame.html); the page inside is the same page, with its own headers.
// Usage: node scripts/e2e-hosts.mjs [chromium|firefox|webkit] …
// Prints "N passed, N failed".
import { startServer } from './serve.mjs';
import { launchChromium, launchFirefox, launchWebKit } from './browser.mjs';

const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
const HOSTS = '/tests/e2e/hosts/';

/**
 * Each page, the widths it is checked at, and the response headers it is served with.
 * Narrow widths (320, 375) are where sideways scrolling shows.
 */
const PAGES = [
  { page: 'rtl-arabic.html', widths: [375, 1280] },
  { page: 'zoom-200.html', widths: [320, 375] },
  { page: 'reset-dark.html', widths: [375, 1280] },
  { page: 'reset-light.html', widths: [375, 1280] },
  { page: 'root-62.html', widths: [375, 1280] },
  { page: 'csp-strict.html', widths: [375, 1280], headers: { 'content-security-policy': CSP } },
  { page: 'trusted-types.html', widths: [1280], headers: { 'content-security-policy': `${CSP}; ${TRUSTED_TYPES}` } },
  { page: 'bundles-twice.html', widths: [1280] },
];

/** The content's language and direction, from the bundled catalogue's `locale` (en-GB). */
const LOCALE = { lang: 'en-GB', dir: 'ltr' };

const headersByPath = new Map(PAGES.filter((p) => p.headers).map((p) => [HOSTS + p.page, p.headers]));
const server = await startServer(0, '127.0.0.1', { headers: (path) => headersByPath.get(path) });
const origin = `http://127.0.0.1:${server.address().port}`;

/**
 * A driver opens a page at a width and runs probe steps in it:
 * `open(url, width) → { run(step), reload(), close() }`.
 */
const drivers = {
  async chromium() {
    const browser = await launchChromium();
    return {
      name: 'Chromium',
      async open(url, width) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(url, { waitUntil: 'load' });
        return {
          run: (step) => page.evaluate((s) => window.strideProbe.run(s), step),
          reload: () => page.reload({ waitUntil: 'load' }),
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  },

  async firefox() {
    const browser = await launchFirefox();
    return {
      name: 'Firefox ESR',
      async open(url, width) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 800 });
        await page.goto(url, { waitUntil: 'load' });
        return {
          run: (step) => page.evaluate((s) => window.strideProbe.run(s), step),
          reload: () => page.reload({ waitUntil: 'load' }),
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  },

  async webkit() {
    const { browser, close } = await launchWebKit();
    await browser.setTimeout({ script: 300_000, pageLoad: 60_000 });
    /** Runs a probe step in the framed page, once that page has loaded. */
    const run = (step) =>
      browser.executeAsync((s, done) => {
        const start = () => {
          const w = document.querySelector('iframe').contentWindow;
          if (!w?.strideProbe || w.document.readyState !== 'complete') return setTimeout(start, 50);
          w.strideProbe.run(s).then(done, (e) => done({ error: String(e) }));
        };
        start();
      }, step);
    return {
      name: 'WebKitGTK',
      async open(url, width) {
        // Every page runs in a frame of the width asked for: MiniBrowser's window is at least 447 px wide,
        // and WebKitWebDriver's asynchronous scripts set a timer in the top page, which must not count
        // as one the widgets left behind. One window per session: each page replaces the last.
        await browser.setWindowSize(1024, 900);
        await browser.url(`${origin}${HOSTS}frame.html?width=${width}&page=${encodeURIComponent(url.slice(origin.length))}`);
        return {
          run: async (step) => {
            const result = await run(step);
            if (result?.error) throw new Error(result.error);
            return result;
          },
          // Reloads the framed page and waits for the new document (the old one is marked).
          reload: () =>
            browser.executeAsync((done) => {
              const frame = document.querySelector('iframe');
              frame.contentDocument.stale = true;
              frame.contentWindow.location.reload();
              const wait = () => {
                const doc = frame.contentDocument;
                if (doc && !doc.stale && doc.readyState === 'complete') done();
                else setTimeout(wait, 50);
              };
              wait();
            }),
          close: async () => {},
        };
      },
      close,
    };
  },
};



const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const none = (list, what) => assert(list.length === 0, `${what}:\n      ${list.join('\n      ')}`);

/** What every host page must give a reader. */
function assertReadable(report) {
  none(report.errors, 'errors');
  none(report.violations, 'CSP violations');
  none(report.overflow, 'horizontal overflow');
  none(report.lowContrast, 'text under 4.5:1');
  none(report.faintControls, 'radios and checkboxes under 3:1');
  assert(report.languages.length > 0, 'no widgets found');
  for (const l of report.languages) {
    const ok = l.lang === LOCALE.lang && l.dir === LOCALE.dir && l.direction === LOCALE.dir && l.heading === LOCALE.lang;
    assert(ok, `${l.tag} content is lang="${l.lang}" dir="${l.dir}" (laid out ${l.direction}, heading read as ${l.heading})`);
  }
}

function assertNothingLeft(left) {
  assert(left.timeouts === 0 && left.intervals === 0 && left.framesRequested === 0, `left running after removal: ${JSON.stringify(left)}`);
}

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(drivers);
let failedToStart = 0;
for (const key of chosen) {
  let driver;
  try {
    driver = await drivers[key]();
  } catch (error) {
    failedToStart += 1;
    console.log(`e2e-hosts: ${key} did not start: ${error.message}`);
    continue;
  }
  console.log(`e2e-hosts: host pages in ${driver.name}`);
  for (const { page, widths } of PAGES) {
    for (const width of widths) {
      await check(`${page} at ${width} px: readable, controls visible, no overflow, no error or CSP violation, content in ${LOCALE.lang}; nothing left running`, async () => {
        const tab = await driver.open(origin + HOSTS + page, width);
        try {
          assertReadable(await tab.run('check'));
          assertNothingLeft(await tab.run('removeAll'));
        } finally {
          await tab.close();
        }
      });
    }
  }

  await check('csp-strict.html: the policy is in force (a style attribute is reported), so the checks above can fail', async () => {
    const tab = await driver.open(origin + HOSTS + 'csp-strict.html', 1280);
    try {
      const report = await tab.run('styleAttributeReported');
      assert(report.violations.some((v) => v.startsWith('style-src')), `no violation for a style attribute: ${JSON.stringify(report)}`);
    } finally {
      await tab.close();
    }
  });

  await check('trusted-types.html: Trusted Types are enforced (innerHTML with a string throws), and the widgets still render', async () => {
    const tab = await driver.open(origin + HOSTS + 'trusted-types.html', 1280);
    try {
      const report = await tab.run('trustedTypesEnforced');
      assert(report.enforced, 'assigning a string to innerHTML was allowed');
      assert((await tab.run('ready')).widgets === 6, 'the widgets rendered');
    } finally {
      await tab.close();
    }
  });

  await check('csp-strict.html: a restored (persisted) paused timer shows its progress under the strict CSP', async () => {
    const tab = await driver.open(origin + HOSTS + 'csp-strict.html', 1280);
    try {
      await tab.run('clearStorage');
      await tab.reload();
      none((await tab.run('pauseTimer')).violations, 'CSP violations');
      await tab.reload();
      const { share, violations, errors } = await tab.run('timerProgress');
      none([...violations, ...errors], 'errors and violations after the reload');
      assert(share > 0.02 && share < 0.5, `the restored bar is ${(share * 100).toFixed(1)}% full`);
    } finally {
      await tab.close();
    }
  });

  await check('churn.html: 1,000 create/move/remove cycles of every widget: no error, nothing left in the page or running', async () => {
    const tab = await driver.open(origin + HOSTS + 'churn.html', 1280);
    try {
      const report = await tab.run('churn');
      none(report.errors, 'errors');
      assert(report.left === 0, `${report.left} widgets left in the page`);
      assertNothingLeft(report);
    } finally {
      await tab.close();
    }
  });
  await driver.close();
}

server.close();
const passed = results.filter(Boolean).length;
const failed = results.length - passed + failedToStart;
console.log(`e2e-hosts: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
