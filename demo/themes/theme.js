// The theme builder's model (demo/themes.html): the tokens, the three ready-made presets and the CSS a clinic
// copies. Pure, so the Node test checks every preset's contrast and the e2e pastes the very CSS the page shows.
// The defaults are not repeated here: the page reads them from a widget (src/styles/tokens.styles.ts is their one
// place).

/** The colour tokens, without `--stride-`, in the order the builder shows them; each has a light and a dark value. */
export const COLOR_TOKENS = [
  ['color-text', 'Text'],
  ['color-muted', 'Secondary text, radio and checkbox edges'],
  ['color-surface', 'Surface (the widget background)'],
  ['color-border', 'Borders and rules'],
  ['color-accent', 'Accent: links, primary buttons, ticks'],
  ['color-accent-contrast', 'Text on the accent'],
  ['color-focus', 'Focus ring'],
  ['color-emergency', 'Emergency'],
  ['color-urgent', 'Urgent and cautions'],
  ['color-soon', '"See someone soon"'],
  ['color-self-care', 'Self-care'],
];

/** The other tokens: one value for both schemes. */
export const SIZE_TOKENS = [
  ['font-family', 'Font'],
  ['font-size', 'Text size'],
  ['radius', 'Corner radius'],
  ['space', 'Spacing'],
];

/** Every `--stride-*` token the builder edits (the Node test holds it equal to the manifest's list). */
export const TOKENS = [...SIZE_TOKENS, ...COLOR_TOKENS].map(([name]) => `--stride-${name}`);

/** Font stacks to pick from; `inherit` keeps the page's font (the widgets' default). */
export const FONTS = [
  ['inherit', "The page's font"],
  ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'System sans-serif'],
  ['Frutiger, Arial, Helvetica, sans-serif', 'Frutiger / Arial (NHS style)'],
  ['"Trebuchet MS", "DejaVu Sans", sans-serif', 'Trebuchet'],
  ['Verdana, "DejaVu Sans", sans-serif', 'Verdana (wide, very legible)'],
  ['Georgia, Cambria, "DejaVu Serif", serif', 'Georgia (serif)'],
];

/** Ready-made themes; each passes every contrast check in both schemes (tests/node/themes.test.mjs). */
export const PRESETS = [
  {
    id: 'nhs-blue',
    name: 'NHS blue',
    'font-family': 'Frutiger, Arial, Helvetica, sans-serif',
    'font-size': '1em',
    radius: '0em',
    space: '1em',
    light: {
      'color-text': '#212b32',
      'color-muted': '#4c6272',
      'color-surface': '#ffffff',
      'color-border': '#768692',
      'color-accent': '#005eb8',
      'color-accent-contrast': '#ffffff',
      'color-focus': '#ffeb3b',
      'color-emergency': '#d5281b',
      'color-urgent': '#b35900',
      'color-soon': '#005eb8',
      'color-self-care': '#007f3b',
    },
    dark: {
      'color-text': '#f0f4f5',
      'color-muted': '#b4c0c8',
      'color-surface': '#1b2328',
      'color-border': '#768692',
      'color-accent': '#8cc4ff',
      'color-accent-contrast': '#0b0c0c',
      'color-focus': '#ffeb3b',
      'color-emergency': '#ff7a70',
      'color-urgent': '#ffb547',
      'color-soon': '#8cc4ff',
      'color-self-care': '#5fd18f',
    },
  },
  {
    id: 'clinic-teal',
    name: 'Clinic teal',
    'font-family': '"Trebuchet MS", "DejaVu Sans", sans-serif',
    'font-size': '1em',
    radius: '0.75em',
    space: '1.125em',
    light: {
      'color-text': '#1d2b2c',
      'color-muted': '#45595a',
      'color-surface': '#ffffff',
      'color-border': '#7a8f90',
      'color-accent': '#00727a',
      'color-accent-contrast': '#ffffff',
      'color-focus': '#ffbf47',
      'color-emergency': '#c8201c',
      'color-urgent': '#a34d00',
      'color-soon': '#00727a',
      'color-self-care': '#1d7a3a',
    },
    dark: {
      'color-text': '#eef6f6',
      'color-muted': '#b5c9c9',
      'color-surface': '#102426',
      'color-border': '#6a9598',
      'color-accent': '#5fd3d9',
      'color-accent-contrast': '#0b1a1b',
      'color-focus': '#ffbf47',
      'color-emergency': '#ff8a80',
      'color-urgent': '#ffb84d',
      'color-soon': '#5fd3d9',
      'color-self-care': '#6fdc94',
    },
  },
  {
    id: 'high-contrast-dark',
    name: 'High-contrast dark',
    'font-family': 'Verdana, "DejaVu Sans", sans-serif',
    'font-size': '1.125em',
    radius: '0.25em',
    space: '1em',
    // Dark in both schemes: a site that is always dark, for readers who need the strongest contrast.
    light: null,
    dark: {
      'color-text': '#ffffff',
      'color-muted': '#e6e6e6',
      'color-surface': '#000000',
      'color-border': '#c0c0c0',
      'color-accent': '#ffe14d',
      'color-accent-contrast': '#000000',
      'color-focus': '#00e5ff',
      'color-emergency': '#ff8080',
      'color-urgent': '#ffb84d',
      'color-soon': '#80d4ff',
      'color-self-care': '#7dffa8',
    },
  },
].map((preset) => ({ ...preset, light: preset.light ?? preset.dark }));

const block = (selector, entries) => `${selector} {\n${entries.map(([name, value]) => `  --stride-${name}: ${value};`).join('\n')}\n}`;

/**
 * The CSS a clinic pastes into its site: the light colours on `:root`, the dark ones under
 * `prefers-color-scheme: dark`, and both again for widgets that force a scheme with `theme="light|dark"`
 * (a custom property set on the element wins over the one it inherits).
 */
export function themeCss(theme, title = 'custom') {
  const sizes = SIZE_TOKENS.map(([name]) => [name, theme[name]]).filter(([, value]) => value && value !== 'inherit');
  const colors = (scheme) => COLOR_TOKENS.map(([name]) => [name, theme[scheme][name]]);
  return [
    `/* Stride Widgets theme: ${title}. Made with the theme builder (demo/themes.html). */`,
    block(':root', [...sizes, ...colors('light')]),
    `@media (prefers-color-scheme: dark) {\n${block(':root', colors('dark')).replace(/^/gm, '  ')}\n}`,
    block('[theme="light"]', colors('light')),
    block('[theme="dark"]', colors('dark')),
    '',
  ].join('\n');
}
