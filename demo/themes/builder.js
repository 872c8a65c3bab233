// The theme builder page (demo/themes.html). Tokens are applied live to the preview through the CSSOM
// (`style.setProperty` on the preview's container, never a style attribute in markup), and the widgets in it are
// switched between `theme="light"` and `theme="dark"`.
import { contrastPairs, formatRatio } from './contrast.js';
import { COLOR_TOKENS, FONTS, PRESETS, SIZE_TOKENS, themeCss } from './theme.js';

const $ = (selector) => document.querySelector(selector);
const preview = $('#preview');
const WIDGETS = 'stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer';

const SIZES = {
  'font-size': { min: 0.875, max: 1.375, step: 0.125 },
  radius: { min: 0, max: 1.5, step: 0.125 },
  space: { min: 0.625, max: 1.5, step: 0.125 },
};

let scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
let theme;
let themeName = 'Stride defaults';
let defaults;

/**
 * The widgets' own defaults, read from a widget with no token set (each token's default lives in
 * src/styles/tokens.styles.ts, behind the private `--_*` name the widget reads).
 */
async function readDefaults() {
  await customElements.whenDefined('stride-exercise-card');
  const probe = document.createElement('stride-exercise-card');
  probe.setAttribute('exercise', 'bird-dog');
  probe.hidden = true;
  document.body.append(probe);
  const read = (name) => getComputedStyle(probe).getPropertyValue(`--_${name.replace('color-', '')}`).trim();
  const colors = async (mode) => {
    probe.setAttribute('theme', mode);
    await probe.updateComplete;
    return Object.fromEntries(COLOR_TOKENS.map(([name]) => [name, read(name)]));
  };
  const result = { light: await colors('light'), dark: await colors('dark') };
  for (const [name] of SIZE_TOKENS) result[name] = read(name);
  // The font's default is `inherit`, which a custom property cannot hold as a value: it reads as empty.
  result['font-family'] ||= 'inherit';
  probe.remove();
  return result;
}

function sizeValue(name) {
  return Number.parseFloat(theme[name]) || (name === 'radius' ? 0 : 1);
}

function buildControls() {
  const presets = $('#presets');
  for (const preset of PRESETS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.preset = preset.id;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = preset.name;
    presets.append(button);
  }
  presets.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-preset]');
    if (!button) return;
    const preset = PRESETS.find((p) => p.id === button.dataset.preset);
    theme = structuredClone(preset ?? defaults);
    themeName = preset?.name ?? 'Stride defaults';
    for (const b of presets.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    syncControls();
    apply();
  });

  for (const input of document.querySelectorAll('input[name="scheme"]')) {
    input.checked = input.value === scheme;
    input.addEventListener('change', () => {
      scheme = input.value;
      syncControls();
      apply();
    });
  }

  const sizes = $('#sizes');
  const font = field(sizes, 'font-family', 'Font');
  const select = document.createElement('select');
  select.id = 'token-font-family';
  for (const [value, label] of FONTS) select.add(new Option(label, value));
  font.append(select);
  select.addEventListener('change', () => edited('font-family', select.value));
  for (const [name, label] of SIZE_TOKENS.slice(1)) {
    const row = field(sizes, name, label);
    const range = document.createElement('input');
    Object.assign(range, { type: 'range', id: `token-${name}`, ...SIZES[name] });
    const output = document.createElement('output');
    output.htmlFor = range.id;
    output.id = `token-${name}-value`;
    row.append(range, output);
    range.addEventListener('input', () => edited(name, `${range.value}em`));
  }

  const colors = $('#colors');
  for (const [name, label] of COLOR_TOKENS) {
    const row = field(colors, name, label, 'field field--color');
    const input = document.createElement('input');
    input.type = 'color';
    input.id = `token-${name}`;
    const code = document.createElement('code');
    code.id = `token-${name}-value`;
    row.prepend(input);
    row.append(code);
    input.addEventListener('input', () => edited(name, input.value));
  }

  $('#copy').addEventListener('click', copyCss);
}

function field(parent, name, label, className = 'field') {
  const row = document.createElement('div');
  row.className = className;
  const labelEl = document.createElement('label');
  labelEl.htmlFor = `token-${name}`;
  labelEl.textContent = label;
  row.append(labelEl);
  parent.append(row);
  return row;
}

/** A change by hand: the theme is no longer the preset it started from. */
function edited(name, value) {
  if (name.startsWith('color-')) theme[scheme][name] = value;
  else theme[name] = value;
  if (!themeName.endsWith('(edited)')) themeName = `${themeName} (edited)`;
  apply();
}

/** Puts the theme's values into the controls. */
function syncControls() {
  const select = $('#token-font-family');
  if (![...select.options].some((o) => o.value === theme['font-family'])) select.add(new Option(theme['font-family'], theme['font-family']));
  select.value = theme['font-family'];
  for (const [name] of SIZE_TOKENS.slice(1)) {
    $(`#token-${name}`).value = String(sizeValue(name));
  }
  for (const [name] of COLOR_TOKENS) $(`#token-${name}`).value = theme[scheme][name];
  $('#colors-scheme').textContent = scheme;
}

/** Shows the theme: on the preview, in the contrast table and as CSS. */
function apply() {
  for (const [name] of SIZE_TOKENS) {
    preview.style.setProperty(`--stride-${name}`, theme[name]);
    const shown = $(`#token-${name}-value`);
    if (shown) shown.textContent = theme[name];
  }
  for (const [name] of COLOR_TOKENS) {
    preview.style.setProperty(`--stride-${name}`, theme[scheme][name]);
    $(`#token-${name}-value`).textContent = theme[scheme][name];
  }
  for (const widget of preview.querySelectorAll(WIDGETS)) widget.setAttribute('theme', scheme);
  showContrast();
  $('#css').value = themeCss(theme, themeName);
  $('#copy-status').textContent = '';
}

function showContrast() {
  const body = $('#contrast tbody');
  body.replaceChildren();
  for (const pair of contrastPairs(theme[scheme], scheme)) {
    const row = body.insertRow();
    row.dataset.ok = String(pair.ok);
    row.insertCell().textContent = pair.label;
    const swatchCell = row.insertCell();
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.setProperty('--swatch-fg', pair.fg);
    swatch.style.setProperty('--swatch-bg', pair.bg);
    swatch.setAttribute('role', 'img');
    swatch.setAttribute('aria-label', `${pair.fg} on ${pair.bg}`);
    swatchCell.append(swatch);
    row.insertCell().textContent = formatRatio(pair.ratio);
    const verdict = row.insertCell();
    verdict.className = pair.ok ? 'verdict--ok' : 'verdict--low';
    verdict.textContent = pair.ok ? `Passes (${pair.min}:1)` : `Warning: below ${pair.min}:1`;
  }
  $('#contrast-scheme').textContent = scheme;
  const failing = (mode) => contrastPairs(theme[mode], mode).filter((p) => !p.ok).length;
  const parts = ['light', 'dark'].map((mode) => {
    const n = failing(mode);
    return n === 0 ? `${mode} mode: every pair passes` : `${mode} mode: ${n} ${n === 1 ? 'pair is' : 'pairs are'} below the minimum`;
  });
  const summary = parts.join('; ');
  $('#contrast-summary').textContent = `${summary[0].toUpperCase()}${summary.slice(1)}.`;
}

async function copyCss() {
  const status = $('#copy-status');
  try {
    await navigator.clipboard.writeText($('#css').value);
    status.textContent = 'Copied.';
  } catch {
    $('#css').select();
    status.textContent = 'Your browser did not allow copying: the CSS is selected, press Ctrl+C (or ⌘C).';
  }
}

defaults = await readDefaults();
theme = structuredClone(defaults);
buildControls();
syncControls();
apply();
document.documentElement.dataset.ready = 'true';
