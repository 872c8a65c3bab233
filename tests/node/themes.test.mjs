// The theme builder's model (demo/themes/): the contrast math, the presets and the CSS it writes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { contrastPairs, contrastRatio, formatRatio, luminance, mixSrgb, parseHex, TEXT, NON_TEXT } from '../../demo/themes/contrast.js';
import { COLOR_TOKENS, PRESETS, SIZE_TOKENS, TOKENS, themeCss } from '../../demo/themes/theme.js';

const close = (actual, expected, digits = 2) => assert.equal(actual.toFixed(digits), expected.toFixed(digits));

describe('contrast math (WCAG 2)', () => {
  it('reads #rgb and #rrggbb, and refuses anything else', () => {
    assert.deepEqual(parseHex('#fff'), [255, 255, 255]);
    assert.deepEqual(parseHex('#005EB8'), [0, 94, 184]);
    assert.throws(() => parseHex('rgb(0, 0, 0)'), /not a hex colour/);
    assert.throws(() => parseHex('#12345'), /not a hex colour/);
  });

  it('luminance: black 0, white 1, mid grey by the sRGB curve', () => {
    assert.equal(luminance('#000000'), 0);
    assert.equal(luminance('#ffffff'), 1);
    close(luminance('#808080'), 0.2159, 4);
  });

  it('contrast ratio: the WCAG reference points, in either order', () => {
    close(contrastRatio('#000000', '#ffffff'), 21);
    close(contrastRatio('#ffffff', '#000000'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    assert.ok(contrastRatio('#767676', '#ffffff') >= TEXT);
    assert.ok(contrastRatio('#777777', '#ffffff') < TEXT);
    close(contrastRatio('#005eb8', '#ffffff'), 6.38);
  });

  it('formats ratios without rounding up across a threshold', () => {
    assert.equal(formatRatio(4.4999), '4.49:1');
    assert.equal(formatRatio(21), '21.00:1');
  });

  it('mixes as color-mix(in srgb) does (the tinted panels)', () => {
    assert.equal(mixSrgb('#000000', 50, '#ffffff'), '#808080');
    assert.equal(mixSrgb('#005eb8', 0, '#ffffff'), '#ffffff');
    assert.equal(mixSrgb('#005eb8', 100, '#ffffff'), '#005eb8');
  });

  it('flags a pair under its minimum: 4.5:1 for text, 3:1 for borders and controls', () => {
    const colors = { ...PRESETS[0].light, 'color-muted': '#949494', 'color-border': '#a0a0a0' };
    const pairs = Object.fromEntries(contrastPairs(colors, 'light').map((p) => [p.label, p]));
    // #949494 on white is about 3.0: too low for secondary text, enough for a radio's edge.
    assert.equal(pairs['Secondary text on the surface'].min, TEXT);
    assert.equal(pairs['Secondary text on the surface'].ok, false);
    assert.equal(pairs['Radio and checkbox edges (secondary text colour)'].min, NON_TEXT);
    assert.equal(pairs['Radio and checkbox edges (secondary text colour)'].ok, true);
    assert.equal(pairs['Borders and rules'].ok, false);
    assert.equal(pairs['Text on the surface'].ok, true);
  });
});

describe('theme builder presets', () => {
  it('three presets, each with every colour token in both schemes', () => {
    assert.equal(PRESETS.length, 3);
    for (const preset of PRESETS) {
      for (const scheme of ['light', 'dark']) {
        assert.deepEqual(Object.keys(preset[scheme]).sort(), COLOR_TOKENS.map(([name]) => name).sort(), `${preset.id} ${scheme}`);
      }
      for (const [name] of SIZE_TOKENS) assert.ok(preset[name], `${preset.id} ${name}`);
    }
  });

  for (const preset of PRESETS) {
    it(`"${preset.name}" passes every contrast check, light and dark`, () => {
      for (const scheme of ['light', 'dark']) {
        const low = contrastPairs(preset[scheme], scheme).filter((p) => !p.ok);
        assert.deepEqual(low.map((p) => `${p.label} ${formatRatio(p.ratio)}`), [], `${preset.id} ${scheme}`);
      }
    });
  }

  it('edits exactly the tokens the widgets document (custom-elements.json)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
    const card = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'StrideExerciseCard');
    assert.deepEqual([...TOKENS].sort(), card.cssProperties.map((p) => p.name).sort());
  });

  it("writes CSS with every token: light on :root, dark under prefers-color-scheme, and for theme=\"light|dark\"", () => {
    const css = themeCss(PRESETS[1], PRESETS[1].name);
    const blocks = css.split(/\n(?=[^ \n])/);
    const block = (start) => blocks.find((b) => b.startsWith(start));
    for (const [name] of COLOR_TOKENS) {
      assert.ok(block(':root').includes(`--stride-${name}: ${PRESETS[1].light[name]};`), name);
      assert.ok(block('@media (prefers-color-scheme: dark)').includes(`--stride-${name}: ${PRESETS[1].dark[name]};`), name);
      assert.ok(block('[theme="light"]').includes(`--stride-${name}: ${PRESETS[1].light[name]};`), name);
      assert.ok(block('[theme="dark"]').includes(`--stride-${name}: ${PRESETS[1].dark[name]};`), name);
    }
    for (const [name] of SIZE_TOKENS) assert.ok(block(':root').includes(`--stride-${name}: ${PRESETS[1][name]};`), name);
    // The page's font stays the default: `inherit` is not written (a custom property cannot carry it).
    assert.ok(!themeCss({ ...PRESETS[1], 'font-family': 'inherit' }).includes('--stride-font-family'));
  });
});
