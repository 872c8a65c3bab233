import { css, unsafeCSS } from 'lit';

/**
 * The one place where the `--stride-*` theming tokens get their defaults.
 *
 * Widgets read private `--_*` variables, each of which falls back from the
 * public token (set on the page's `:root` or on the element) to the default of
 * the active colour scheme. Declaring the defaults on private names keeps a
 * page's `:root { --stride-… }` in charge, which a `:host` default would not.
 */
const light = {
  'color-text': '#212b32',
  'color-muted': '#4c6272',
  'color-surface': '#ffffff',
  'color-border': '#aeb7bd',
  'color-accent': '#005eb8',
  'color-accent-contrast': '#ffffff',
  'color-focus': '#ffeb3b',
  'color-emergency': '#d5281b',
  'color-urgent': '#b35900',
  'color-soon': '#005eb8',
  'color-self-care': '#007f3b',
};

const dark: typeof light = {
  'color-text': '#f0f4f5',
  'color-muted': '#b4c0c8',
  'color-surface': '#1b2328',
  'color-border': '#5d6f7b',
  'color-accent': '#8cc4ff',
  'color-accent-contrast': '#0b0c0c',
  'color-focus': '#ffeb3b',
  'color-emergency': '#ff7a70',
  'color-urgent': '#ffb547',
  'color-soon': '#8cc4ff',
  'color-self-care': '#5fd18f',
};

/** `--_text: var(--stride-color-text, #212b32);` for each token. */
function declarations(values: typeof light, tint: number) {
  const vars = Object.entries(values).map(([token, value]) => `--_${token.replace('color-', '')}: var(--stride-${token}, ${value});`);
  vars.push(`--_tint: color-mix(in srgb, var(--_accent) ${tint}%, var(--_surface));`);
  return unsafeCSS(vars.join('\n'));
}

export const tokens = css`
  :host {
    --_font-family: var(--stride-font-family, inherit);
    --_font-size: var(--stride-font-size, 1em);
    --_radius: var(--stride-radius, 0.25em);
    --_space: var(--stride-space, 1em);
    ${declarations(light, 6)}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${declarations(dark, 12)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${declarations(dark, 12)}
      color-scheme: dark;
    }
  }
`;
