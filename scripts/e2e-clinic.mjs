#!/usr/bin/env node
// End-to-end checks of the pages for clinics against the BUILT bundle (run `npm run build` first), in Debian's
// headless Chromium: the theme builder (demo/themes.html: every token editable, each preset's copied CSS gives a
// blank page the colours the builder showed), the clinic page (demo/clinic.html: its catalogue, brand and review,
// all or nothing) and the figure gallery (demo/figures.html: every figure moving and still, print, forced colours),
// each with axe in light and dark. Prints "N passed, N failed".
import { createRequire } from 'node:module';
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';
import { PRESETS, TOKENS } from '../demo/themes/theme.js';
import { createChecks } from './checks.mjs';

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const { check, assert, finish } = createChecks();

/** A page in its own context (clipboard allowed), recording console errors, warnings and page errors. */
async function open(path, { colorScheme = 'light', width = 1280, route } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const seen = { errors: [], warnings: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  if (route) await page.route(route.url, route.handler);
  if (path) await page.goto(origin + path, { waitUntil: 'networkidle' });
  return { page, seen, close: () => context.close() };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: axeSource });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * What a reader sees of the theme, computed in the page: the card's text, surface, font, frame and corners, the
 * checker's primary button and a radio's edge. `root` is where to look for the widgets.
 */
function paintedTheme(page, root) {
  return page.evaluate((rootSelector) => {
    const scope = document.querySelector(rootSelector);
    const inside = (tag, selector) => scope.querySelector(tag).shadowRoot.querySelector(selector);
    const pick = (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]]));
    return {
      card: pick(inside('stride-exercise-card', '[part~="card"]'), ['color', 'backgroundColor', 'fontFamily', 'borderTopColor', 'borderBottomColor', 'borderTopLeftRadius', 'paddingTop']),
      button: pick(inside('stride-red-flag-checker', '[part~="submit-button"]'), ['color', 'backgroundColor']),
      radio: pick(inside('stride-red-flag-checker', 'input[type="radio"]'), ['borderTopColor', 'backgroundColor']),
      muted: pick(inside('stride-red-flag-checker', '.disclaimer__review, [part~="review"]'), ['color']),
    };
  }, root);
}

const hexToRgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

console.log('e2e: the theme builder, the clinic page and the figure gallery, built bundle, headless Chromium');

await check('theme builder: every --stride-* token has a control, and an edit shows at once on the widgets', async () => {
  const { page, seen, close } = await open('/demo/themes.html');
  try {
    await page.waitForSelector('html[data-ready="true"]');
    const controls = await page.$$eval('[id^="token-"]:is(input, select)', (els) => els.map((el) => `--stride-${el.id.slice('token-'.length)}`));
    assert(JSON.stringify([...controls].sort()) === JSON.stringify([...TOKENS].sort()), `controls ${controls.join(', ')}`);
    await page.locator('#token-color-accent').fill('#7a1fa2');
    const button = await page.evaluate(
      () => getComputedStyle(document.querySelector('#preview stride-red-flag-checker').shadowRoot.querySelector('[part~="submit-button"]')).backgroundColor,
    );
    assert(button === 'rgb(122, 31, 162)', `the checker's button after the edit: ${button}`);
    assert((await page.locator('#css').inputValue()).includes('--stride-color-accent: #7a1fa2;'), 'the CSS carries the edit');
    await page.locator('#token-radius').fill('1.5');
    const radius = await page.evaluate(
      () => getComputedStyle(document.querySelector('#preview stride-exercise-card').shadowRoot.querySelector('[part~="card"]')).borderTopLeftRadius,
    );
    assert(radius !== '0px' && (await page.locator('#css').inputValue()).includes('--stride-radius: 1.5em;'), `radius ${radius}`);
    assert(seen.errors.length === 0 && seen.warnings.length === 0, `console: ${[...seen.errors, ...seen.warnings].join(' | ')}`);
  } finally {
    await close();
  }
});

await check('theme builder: a low-contrast edit is flagged with its ratio', async () => {
  const { page, close } = await open('/demo/themes.html');
  try {
    await page.waitForSelector('html[data-ready="true"]');
    await page.locator('[data-preset="nhs-blue"]').click();
    assert((await page.locator('#contrast tbody tr[data-ok="false"]').count()) === 0, 'NHS blue passes');
    await page.locator('#token-color-muted').fill('#b0b0b0');
    const flagged = await page.locator('#contrast tbody tr[data-ok="false"]').allInnerTexts();
    assert(flagged.some((row) => row.includes('Secondary text on the surface') && row.includes('2.') && row.includes('below 4.5:1')), flagged.join(' / '));
    assert(/^Light mode: \d pairs? (is|are) below/.test(await page.locator('#contrast-summary').innerText()), 'the summary says so');
  } finally {
    await close();
  }
});

for (const preset of PRESETS) {
  await check(`theme builder: "${preset.name}" passes contrast, and its copied CSS gives a blank page the colours the builder showed, light and dark`, async () => {
    const builder = await open('/demo/themes.html');
    try {
      const { page } = builder;
      await page.waitForSelector('html[data-ready="true"]');
      await page.locator(`[data-preset="${preset.id}"]`).click();
      await page.locator('#copy').click();
      await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied === (await page.locator('#css').inputValue()) && copied.includes(':root'), 'the clipboard holds the CSS shown');
      for (const scheme of ['light', 'dark']) {
        await page.locator(`input[name="scheme"][value="${scheme}"]`).check();
        const low = await page.locator('#contrast tbody tr[data-ok="false"]').allInnerTexts();
        assert(low.length === 0, `${scheme}: ${low.join(' / ')}`);
        const shown = await paintedTheme(page, '#preview');
        // The builder shows the values it applies: the accent's hex in its control is the button's colour.
        assert(shown.button.backgroundColor === hexToRgb(preset[scheme]['color-accent']), `${scheme}: builder button ${shown.button.backgroundColor}`);

        const blank = await open(null, { colorScheme: scheme });
        try {
          await blank.page.setContent(
            `<!doctype html><html lang="en"><head><title>Blank</title><style>${copied}</style></head><body><main>` +
              '<stride-exercise-card exercise="bird-dog"></stride-exercise-card><stride-red-flag-checker></stride-red-flag-checker></main>' +
              `<script src="${origin}/dist/stride-widgets.iife.js"></script></body></html>`,
            { waitUntil: 'networkidle' },
          );
          const pasted = await paintedTheme(blank.page, 'main');
          assert(JSON.stringify(pasted) === JSON.stringify(shown), `${scheme}:\n builder ${JSON.stringify(shown)}\n pasted  ${JSON.stringify(pasted)}`);
          assert(blank.seen.errors.length === 0, `blank page errors: ${blank.seen.errors.join(' | ')}`);
        } finally {
          await blank.close();
        }
      }
    } finally {
      await builder.close();
    }
  });
}

await check('theme builder: no axe violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await open('/demo/themes.html', { colorScheme });
    try {
      await page.waitForSelector('html[data-ready="true"]');
      const violations = await axeViolations(page);
      assert(violations.length === 0, `${colorScheme}: ${violations.join(' | ')}`);
    } finally {
      await close();
    }
  }
});

const CLINIC_EXERCISES = ['Pelvic tilt (Riverbank version)', 'Slow step-down'];
const TRIAGE_LINE = '0161 496 0123';

/** Answers the checker: `yes` to the urgent question `fever`, no to the rest; submits; returns the result's text. */
async function urgentResult(page) {
  const checker = page.locator('stride-red-flag-checker');
  await checker.locator('input[name="fever"][value="yes"]').check();
  for (const input of await checker.locator('input[value="no"]').all()) {
    if (!(await input.evaluate((el) => el.name === 'fever'))) await input.check();
  }
  await checker.locator('[part="submit-button"]').click();
  const result = checker.locator('[part="result"]');
  await result.waitFor();
  return result.innerText();
}

await check('clinic page: no console errors; its exercises, review line and own urgent text show', async () => {
  const { page, seen, close } = await open('/demo/clinic.html');
  try {
    await page.waitForSelector('.clinic-exercise[data-state="ready"] stride-exercise-card');
    const headings = await page.$$eval('.clinic-exercise stride-exercise-card', (els) =>
      els.map((el) => el.shadowRoot.querySelector('[part="heading"]')?.textContent.trim()),
    );
    assert(JSON.stringify(headings) === JSON.stringify(CLINIC_EXERCISES), `clinic cards: ${JSON.stringify(headings)}`);
    const review = await page.locator('stride-red-flag-checker [part="review"]').innerText();
    assert(review.includes('Reviewed by Dr A. Example (clinical lead physiotherapist)') && review.includes('Next review due'), `review line: ${review}`);
    const result = await urgentResult(page);
    assert(result.includes(TRIAGE_LINE) && result.includes('Riverbank Physio triage line'), `urgent result: ${result}`);
    assert(seen.errors.length === 0, `console errors: ${seen.errors.join(' | ')}`);
    assert(seen.warnings.length === 0, `console warnings: ${seen.warnings.join(' | ')}`);
  } finally {
    await close();
  }
});

await check('clinic page: the brand reaches the widgets (font, accent, corners)', async () => {
  const { page, close } = await open('/demo/clinic.html');
  try {
    await page.waitForSelector('.clinic-exercise[data-state="ready"] stride-exercise-card');
    const painted = await paintedTheme(page, 'main');
    assert(painted.button.backgroundColor === 'rgb(15, 94, 77)', `button ${painted.button.backgroundColor}`);
    assert(painted.card.fontFamily.includes('Trebuchet MS'), `font ${painted.card.fontFamily}`);
    assert(painted.card.borderTopLeftRadius !== '0px', `radius ${painted.card.borderTopLeftRadius}`);
  } finally {
    await close();
  }
});

await check('clinic page: an invalid clinic catalogue changes nothing (all or nothing)', async () => {
  const route = {
    url: '**/demo/clinic.json',
    handler: async (r) => {
      const response = await r.fetch();
      const clinic = await response.json();
      clinic.exercises[1].steps = 'Stand on a step.'; // one bad field, everything else valid
      await r.fulfill({ response, json: clinic });
    },
  };
  const { page, seen, close } = await open('/demo/clinic.html', { route });
  try {
    await page.waitForSelector('.clinic-exercise[data-state="failed"]');
    assert((await page.locator('.clinic-exercise stride-exercise-card').count()) === 0, 'no clinic card was placed');
    const review = await page.locator('stride-red-flag-checker [part="review"]').innerText();
    assert(review.startsWith('No clinician has reviewed this content yet'), `review line: ${review}`);
    const result = await urgentResult(page);
    assert(!result.includes(TRIAGE_LINE) && result.includes('111'), `urgent result: ${result}`);
    const exercises = await page.evaluate(() => window.StrideWidgets.getCatalogue().exercises.map((e) => e.id));
    assert(exercises.length === 20 && !exercises.some((id) => id.startsWith('riverbank-')), `catalogue in force: ${exercises.length} exercises`);
    assert(seen.warnings.some((w) => w.includes('exercises[1].steps: expected array')), `the warning names the path: ${seen.warnings.join(' | ')}`);
  } finally {
    await close();
  }
});

await check('clinic page: no axe violations, light and dark, with a result showing', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await open('/demo/clinic.html', { colorScheme });
    try {
      await page.waitForSelector('.clinic-exercise[data-state="ready"] stride-exercise-card');
      await urgentResult(page);
      const violations = await axeViolations(page);
      assert(violations.length === 0, `${colorScheme}: ${violations.join(' | ')}`);
    } finally {
      await close();
    }
  }
});

const GALLERY = '/demo/figures.html';
const DRAFTS = `${GALLERY}?figures=/tests/exercise-card/sample-figures.json`;

/** Each gallery card's exercise id, whether it has a pause button, and what its figure draws now. */
function galleryFigures(page) {
  return page.$$eval('#gallery stride-exercise-card', (cards) =>
    cards.map((card) => {
      const svg = card.shadowRoot.querySelector('[part="figure"]');
      return {
        id: card.getAttribute('exercise'),
        button: !!card.shadowRoot.querySelector('.figure__toggle') && getComputedStyle(card.shadowRoot.querySelector('.figure__toggle')).display !== 'none',
        drawn: svg && [...svg.querySelectorAll('polyline')].map((n) => n.getAttribute('points')).join(' '),
      };
    }),
  );
}

await check('figure gallery: every exercise in the bundled catalogue with a figure, moving and still, or a note that none has one', async () => {
  const { page, seen, close } = await open(GALLERY);
  try {
    await page.waitForSelector('html[data-ready="true"]');
    const ids = await page.evaluate(() => window.StrideWidgets.getCatalogue().exercises.filter((e) => e.figure && !e.id.endsWith('-still')).map((e) => e.id));
    const shown = (await galleryFigures(page)).map((f) => f.id);
    assert(JSON.stringify(shown) === JSON.stringify(ids.flatMap((id) => [id, `${id}-still`])), `cards ${shown.join(', ')} for figures ${ids.join(', ')}`);
    if (ids.length === 0) assert((await page.locator('#gallery .note').innerText()).includes('No exercise'), 'the note says none has a figure');
    assert(seen.errors.length === 0 && seen.warnings.length === 0, `console: ${[...seen.errors, ...seen.warnings].join(' | ')}`);
  } finally {
    await close();
  }
});

await check('figure gallery with draft figures: each moving figure moves and can be paused, its still twin shows the key pose; print shows key poses', async () => {
  const { page, seen, close } = await open(DRAFTS);
  try {
    await page.waitForSelector('html[data-ready="true"]');
    const cards = await galleryFigures(page);
    assert(cards.length === 6, `6 cards (3 figures, moving and still): ${cards.length}`);
    // A figure moves only on screen: each in turn is scrolled to, and watched for longer than its hold.
    for (const [i, { id }] of cards.entries()) {
      await page.locator('#gallery stride-exercise-card').nth(i).scrollIntoViewIfNeeded();
      const before = (await galleryFigures(page))[i];
      await page.waitForTimeout(2200);
      const after = (await galleryFigures(page))[i];
      const still = id.endsWith('-still') || id === 'plank';
      assert(after.button === !still, `${id}: ${still ? 'no' : 'a'} pause button`);
      assert((after.drawn === before.drawn) === still, `${id}: ${still ? 'stays still' : 'moves'}`);
    }
    // The moving figure's key pose is what its still twin draws.
    await page.emulateMedia({ media: 'print' });
    // Media query changes are reported at the page's next rendering step.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const printed = await galleryFigures(page);
    for (let i = 0; i < printed.length; i += 2) {
      assert(printed[i].drawn === printed[i + 1].drawn, `${printed[i].id}: in print, the key pose`);
      assert(!printed[i].button, `${printed[i].id}: no pause button in print`);
    }
    await page.emulateMedia({ media: 'screen' });
    const card = page.locator('#gallery stride-exercise-card').first();
    await card.locator('.figure__toggle').click();
    const paused = (await galleryFigures(page))[0].drawn;
    await page.waitForTimeout(400);
    assert((await galleryFigures(page))[0].drawn === paused, 'paused, it stays still');
    assert((await card.locator('.figure__toggle').innerText()) === 'Play the movement', 'the button now says play');
    assert(seen.errors.length === 0 && seen.warnings.length === 0, `console: ${[...seen.errors, ...seen.warnings].join(' | ')}`);
  } finally {
    await close();
  }
});

await check('figure gallery: no axe violations, light and dark, with figures moving and one paused', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await open(DRAFTS, { colorScheme });
    try {
      await page.waitForSelector('html[data-ready="true"]');
      await page.locator('#gallery stride-exercise-card').first().locator('.figure__toggle').click();
      const violations = await axeViolations(page);
      assert(violations.length === 0, `${colorScheme}: ${violations.join(' | ')}`);
    } finally {
      await close();
    }
  }
});

await check('figure gallery in forced colours: the figure is drawn in the text colour on the background', async () => {
  const { page, close } = await open(DRAFTS);
  try {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForSelector('html[data-ready="true"]');
    const paint = await page.$eval('#gallery stride-exercise-card', (card) => {
      const svg = card.shadowRoot.querySelector('[part="figure"]');
      const style = (selector) => getComputedStyle(svg.querySelector(selector));
      return { background: getComputedStyle(svg).backgroundColor, text: getComputedStyle(card.shadowRoot.querySelector('[part="heading"]')).color, near: style('.figure__near').stroke, head: style('.figure__head').stroke, far: style('.figure__far').stroke };
    });
    assert(paint.near === paint.text && paint.head === paint.text, `figure ${paint.near} / head ${paint.head}, text ${paint.text}`);
    assert(paint.far !== paint.background && paint.near !== paint.background, `far ${paint.far} on ${paint.background}`);
  } finally {
    await close();
  }
});

await check('clinic page, theme builder and figure gallery fit a 375 px screen (no sideways scrolling)', async () => {
  for (const path of ['/demo/clinic.html', '/demo/themes.html', DRAFTS]) {
    const { page, close } = await open(path, { width: 375 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert(overflow <= 0, `${path}: ${overflow} px wider than the screen`);
    } finally {
      await close();
    }
  }
});

await browser.close();
server.close();
finish('e2e:clinic');
