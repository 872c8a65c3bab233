// Contrast for the theme builder (demo/themes.html): WCAG 2 relative luminance and contrast ratio, and the
// text/surface pairs the widgets actually draw (see the *.styles.ts files). Pure: the builder, its Node test
// and its e2e all use this one module.

/** `#rgb` or `#rrggbb` → [r, g, b] in 0–255; anything else throws (the builder only makes hex). */
export function parseHex(hex) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
}

export function toHex([r, g, b]) {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function luminance(hex) {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1–21, the same whichever colour is given first. */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `color-mix(in srgb, a p%, b)`, as the widgets' tinted panels are drawn (`--_tint` in tokens.styles.ts). */
export function mixSrgb(a, percent, b) {
  const [ca, cb] = [parseHex(a), parseHex(b)];
  return toHex(ca.map((c, i) => (c * percent + cb[i] * (100 - percent)) / 100));
}

/** How much of the accent tints panels, by scheme (tokens.styles.ts). */
export const TINT = { light: 6, dark: 12 };

export const TEXT = 4.5;
export const NON_TEXT = 3;

/**
 * The pairs the widgets draw, for one scheme's colours (`{ 'color-text': '#…', … }`, token names without
 * `--stride-`). Each: what it is, foreground, background, the minimum ratio, the ratio and whether it passes.
 * The focus ring is not here: it is always drawn inside a band of the text colour, which passes on the surface.
 */
export function contrastPairs(colors, scheme) {
  const c = (token) => colors[`color-${token}`];
  const tint = mixSrgb(c('accent'), TINT[scheme], c('surface'));
  const pairs = [
    ['Text on the surface', c('text'), c('surface'), TEXT],
    ['Secondary text on the surface', c('muted'), c('surface'), TEXT],
    ['Text on tinted panels', c('text'), tint, TEXT],
    ['Secondary text on tinted panels', c('muted'), tint, TEXT],
    ['Links and secondary buttons', c('accent'), c('surface'), TEXT],
    ['Primary button text', c('accent-contrast'), c('accent'), TEXT],
    ['Emergency text', c('emergency'), c('surface'), TEXT],
    ['Caution icon (surface on urgent)', c('surface'), c('urgent'), TEXT],
    ['Borders and rules', c('border'), c('surface'), NON_TEXT],
    ['Radio and checkbox edges (secondary text colour)', c('muted'), c('surface'), NON_TEXT],
    ['Urgent bar', c('urgent'), c('surface'), NON_TEXT],
    ['"See someone soon" bar', c('soon'), c('surface'), NON_TEXT],
    ['Self-care bar and ticks', c('self-care'), c('surface'), NON_TEXT],
  ];
  return pairs.map(([label, fg, bg, min]) => {
    const ratio = contrastRatio(fg, bg);
    return { label, fg, bg, min, ratio, ok: ratio >= min };
  });
}

/** "4.52:1", never rounded up across a threshold (4.499 shows 4.49, not 4.50). */
export function formatRatio(ratio) {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
