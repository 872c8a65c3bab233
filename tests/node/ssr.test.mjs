// stride-widgets/ssr in Node, against the build (`npm test` runs this after `build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadCatalogue } from '../../dist/catalogue.js';
import { CatalogueError, renderHTML } from '../../dist/ssr.js';

const card = (id) => `<stride-exercise-card exercise="${id}"></stride-exercise-card>`;
const DSD = '<template shadowroot="open" shadowrootmode="open">';
/** A merge catalogue renaming two exercises, so a render shows whose content it used. */
const clinic = (name) => ({
  exercises: (['bird-dog', 'dead-bug']).map((id) => ({ ...bundledExercise(id), name: `${name} ${id}` })),
});
const bundled = (await import('../../dist/catalogue.js')).getCatalogue();
const bundledExercise = (id) => structuredClone(bundled.exercises.find((e) => e.id === id));

/** The input again, from an output: each rendered widget cut back to its start and end tags. */
const unrender = (html) => html.replace(/(<stride-[\w-]+)  ?([^>]*>)<template shadowroot[\s\S]*?<\/template>(?=<\/stride-)/g, '$1 $2');

describe('renderHTML', () => {
  it('pre-renders every widget of a page as declarative shadow DOM and leaves the rest as it was', async () => {
    const page = `<!doctype html>
<html lang="en"><head><title>Back care</title></head>
<body><h1>Back care</h1>
${card('bird-dog')}
<stride-red-flag-checker emergency-number="999"></stride-red-flag-checker>
<p>Between the widgets</p>
<stride-form-cues group="posture"></stride-form-cues>
<stride-recovery-timer protocol="ice"></stride-recovery-timer>
<script src="/stride-widgets.iife.js"></script>
</body></html>`;
    const out = await renderHTML(page);
    assert.equal(out.split(DSD).length - 1, 4);
    assert.ok(out.startsWith('<!doctype html>\n<html lang="en"><head><title>Back care</title></head>'));
    assert.ok(out.endsWith('<script src="/stride-widgets.iife.js"></script>\n</body></html>'));
    // Lit writes reflected properties into the start tag (the checker's `set`), as the browser would.
    assert.equal(unrender(out), page.replace('emergency-number="999"', 'emergency-number="999" set="low-back-pain"'));
    assert.ok(!out.includes('<stride-catalogue'), 'no catalogue given, none inline');
  });

  it('keeps a fragment a fragment', async () => {
    const out = await renderHTML(`<p>Try this:</p>${card('dead-bug')}`);
    assert.ok(out.startsWith('<p>Try this:</p><stride-exercise-card'));
    assert.ok(!/<html|<body|<!--lit-part [^>]*--><stride/.test(out));
    assert.match(out, /Dead bug/);
  });

  it('returns HTML without widgets unchanged, and leaves widgets already rendered alone', async () => {
    assert.equal(await renderHTML('<p>No widgets</p>'), '<p>No widgets</p>');
    const once = await renderHTML(card('bird-dog'));
    assert.equal(await renderHTML(once), once);
  });

  it('renders what a reader needs with JavaScript off', async () => {
    const out = await renderHTML(
      `${card('bird-dog')}<stride-red-flag-checker emergency-number="999"></stride-red-flag-checker><stride-recovery-timer protocol="ice"></stride-recovery-timer>`,
    );
    const [cardHtml, checkerHtml, timerHtml] = out.split('</stride-');
    for (const step of bundledExercise('bird-dog').steps) assert.ok(cardHtml.includes(step), step);
    assert.match(checkerHtml, /<noscript><p class="disclaimer" part="no-script">This checker needs JavaScript[^<]*call 999 now\.<\/p><\/noscript>/);
    assert.match(checkerHtml, /type="radio"/);
    assert.ok(timerHtml.includes(bundled.protocols.find((p) => p.id === 'ice').safetyNote.slice(0, 40)));
  });

  it('pre-renders a routine at its first step, with the card it shows inside it', async () => {
    const out = await renderHTML('<stride-routine routine="mcgill-daily"></stride-routine>');
    assert.equal(out.split(DSD).length - 1, 2, 'the routine and its card');
    const routine = bundled.routines.find((r) => r.id === 'mcgill-daily');
    for (const text of [routine.name, routine.safetyNote, 'Step 1 of 4', bundledExercise('cat-camel').name]) assert.ok(out.includes(text), text);
    const cardTag = /<stride-exercise-card\s[^>]*>/.exec(out)?.[0] ?? '';
    for (const attribute of ['exercise="cat-camel"', ' compact ', ' no-holds ', 'heading-level="5"']) assert.ok(cardTag.includes(attribute), cardTag);
    assert.ok(!out.includes('<stride-recovery-timer'), 'the first step has no timer');
  });

  it('draws a movement figure still, at its key pose, with no pause button (nothing to press without JavaScript)', async () => {
    const figures = JSON.parse(readFileSync(new URL('../exercise-card/sample-figures.json', import.meta.url), 'utf8'));
    const figure = figures['glute-bridge'];
    const catalogue = { exercises: [{ ...bundledExercise('glute-bridge'), figure }] };
    const out = await renderHTML(card('glute-bridge'), { catalogue, mode: 'merge' });
    const svg = /<svg[^>]*part="figure"[^>]*>[\s\S]*?<\/svg>/.exec(out)?.[0] ?? '';
    assert.match(svg, new RegExp(`role="img" aria-label="${figure.alt}"`));
    // The key pose (the second): the hip at (80, 90), the start of the trunk's line.
    assert.match(svg, /<polyline class="figure__near" points="80.0,90.0 /);
    assert.ok(!/<button[^>]*figure__toggle/.test(out), 'no pause button');
  });

  it('touches no storage and warns about nothing, even for widgets with persist', async () => {
    const said = [];
    const original = { warn: console.warn, error: console.error };
    console.warn = console.error = (...args) => said.push(args.join(' '));
    try {
      await renderHTML(
        '<stride-form-cues group="posture" persist></stride-form-cues><stride-recovery-timer protocol="ice" persist="x"></stride-recovery-timer><stride-routine routine="mcgill-daily" persist></stride-routine>',
      );
    } finally {
      Object.assign(console, original);
    }
    assert.deepEqual(said, []);
  });

  it('gives each call its own catalogue, even when calls run in parallel', async () => {
    const page = [card('bird-dog'), card('dead-bug'), card('bird-dog')].join('\n');
    const [a, b, none] = await Promise.all([
      renderHTML(page, { catalogue: clinic('Clinic A') }),
      renderHTML(page, { catalogue: clinic('Clinic B') }),
      renderHTML(page),
    ]);
    assert.equal(a.split('Clinic A bird-dog').length - 1 >= 2, true);
    assert.match(a, /Clinic A dead-bug/);
    assert.ok(!a.includes('Clinic B'));
    assert.match(b, /Clinic B dead-bug/);
    assert.ok(!b.includes('Clinic A'));
    assert.ok(!none.includes('Clinic'));
    assert.match(none, /Bird dog/);
  });

  it('carries the catalogue inline, before the first widget, with nothing that can end its script', async () => {
    const data = { exercises: [{ ...bundledExercise('bird-dog'), name: 'Bird dog </script><!-- x' }] };
    const out = await renderHTML(`<p>Intro</p>${card('bird-dog')}`, { catalogue: data, mode: 'merge' });
    const m = /^<p>Intro<\/p><stride-catalogue mode="merge" hidden><script type="application\/json">([^<]*)<\/script><\/stride-catalogue><stride-exercise-card/.exec(out);
    assert.ok(m, out.slice(0, 300));
    assert.deepEqual(JSON.parse(m[1]), data);
  });

  it('rejects a catalogue that loadCatalogue rejects, with the same messages', async () => {
    for (const [data, options] of [
      [{ exercises: [{ id: 'x' }] }, {}],
      [{ exercises: [] }, { mode: 'replace' }],
      [{}, { mode: 'both' }],
    ]) {
      const expected = await loadCatalogue(data, options).then(() => assert.fail('loadCatalogue accepted it'), (e) => e.message);
      await assert.rejects(renderHTML(card('bird-dog'), { catalogue: data, ...options }), (error) => {
        assert.ok(error instanceof CatalogueError);
        assert.equal(error.message, expected);
        return true;
      });
    }
  });
});
