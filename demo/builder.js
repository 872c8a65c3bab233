// "Get the code": the options form builds one element (its attributes in one
// list), which drives both the live preview and the snippets, so what is
// copied is what was shown. The preview uses the ES bundle; the snippets
// point at the CDN copy of the same version.
import { getCatalogue } from '../dist/stride-widgets.js';

/** The package version the snippets pin (the e2e stage checks it matches package.json). */
export const VERSION = '0.1.0';
const CDN = `https://unpkg.com/stride-widgets@${VERSION}/dist`;
export const LOADER = `${CDN}/cdn/loader.js`;
export const IIFE = `${CDN}/stride-widgets.iife.js`;

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
const where = document.querySelector('#where');
const cost = document.querySelector('#cost');
const copied = document.querySelector('#copied');
const catalogue = getCatalogue();

function option(select, value, text) {
  select.append(new Option(text, value));
}
for (const e of catalogue.exercises) option(form.exercise, e.id, e.name);
for (const p of catalogue.protocols) option(form.protocol, p.id, p.label);
for (const r of catalogue.routines) option(form.routine, r.id, r.name);
for (const group of catalogue.cueGroups) {
  const row = document.createElement('div');
  row.className = 'choice';
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'cues', value: group.id, id: `cue-${group.id}` });
  const label = Object.assign(document.createElement('label'), { htmlFor: box.id, textContent: group.name });
  row.append(box, label);
  document.querySelector('#cue-groups').append(row);
}

const tag = () => form.querySelector('input[name="widget"]:checked').value;
const kind = () => document.querySelector('input[name="kind"]:checked').value;

/** The chosen element's attributes, in the order they are written: [name, value] (value '' for a boolean). */
function attributes() {
  const t = tag();
  const attrs = [];
  const add = (name, value) => value !== undefined && value !== null && value !== false && attrs.push([name, value === true ? '' : String(value)]);
  if (t === 'stride-exercise-card') {
    add('exercise', form.exercise.value);
    add('compact', form.compact.checked);
  }
  if (t === 'stride-recovery-timer') add('protocol', form.protocol.value);
  if (t === 'stride-routine') {
    add('routine', form.routine.value);
    add('persist', form.persist.checked);
  }
  if (t === 'stride-form-cues') {
    const groups = [...form.querySelectorAll('input[name="cues"]:checked')].map((b) => b.value);
    if (groups.length) add('cues', groups.join(','));
  }
  if (t === 'stride-red-flag-checker') {
    const emergency = form['emergency-number'].value.trim();
    const advice = form['advice-line'].value.trim();
    if (emergency) add('emergency-number', emergency);
    if (advice) add('advice-line', advice);
  }
  if (form.theme.value) add('theme', form.theme.value);
  if (form['heading-level'].value !== '3') add('heading-level', form['heading-level'].value);
  return attrs;
}

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** The element as HTML, exactly as it goes into the page. */
export function elementHTML() {
  const attrs = attributes()
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  return `<${tag()}${attrs}></${tag()}>`;
}

const loaderTag = `<script type="module" src="${LOADER}"></script>`;
const SNIPPETS = {
  loader: {
    where: 'Put the element where the widget should appear, and the script once, at the end of the page (before </body>).',
    cost: 'Fetches only the widgets on the page, after the page has painted.',
    code: () => `${elementHTML()}\n\n${loaderTag}`,
  },
  classic: {
    where: 'Put the script once in the page (in <head> or before the element), and the element where the widget should appear.',
    cost: 'One file with every widget; the simplest, and it works where module scripts are not allowed.',
    code: () => `<script src="${IIFE}"></script>\n\n${elementHTML()}`,
  },
  prerendered: {
    where:
      'The widget is already HTML when the page arrives: it reads without JavaScript, search engines see it, and nothing moves when it comes alive. Put the script at the end of the page.',
    cost: 'Nothing to wait for before the widget shows; the loader then makes it interactive.',
    code: async () => {
      const rendered = await renderOnServer(elementHTML());
      if (rendered) return `${rendered}\n\n${loaderTag}`;
      return (
        '<!-- Pre-render this page when you build it (Node 20+):\n' +
        '       npx stride-widgets render page.html > page.rendered.html\n' +
        '     The element below is then written out as HTML that reads without JavaScript. -->\n' +
        `${elementHTML()}\n\n${loaderTag}`
      );
    },
  },
};

/** The demo server's render endpoint (`npm start`); null where there is none, as on a static host. */
async function renderOnServer(html) {
  try {
    const response = await fetch('/api/render', { method: 'POST', body: html, headers: { 'content-type': 'text/html' } });
    return (response.ok && (await response.text()).trim()) || null;
  } catch {
    return null;
  }
}

let updates = 0;
async function update() {
  // `data-ready` is absent while a snippet is being written (the pre-rendered one may wait for the server).
  delete document.body.dataset.ready;
  const t = tag();
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = field.dataset.for !== t;
  const el = document.createElement(t);
  for (const [name, value] of attributes()) el.setAttribute(name, value);
  preview.replaceChildren(el);
  const chosen = SNIPPETS[kind()];
  where.textContent = chosen.where;
  cost.textContent = chosen.cost;
  const mine = ++updates;
  const code = await chosen.code();
  if (mine === updates) {
    snippet.value = code;
    document.body.dataset.ready = '';
  }
  copied.textContent = '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const radio of document.querySelectorAll('input[name="kind"]')) radio.addEventListener('change', update);
document.querySelector('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = 'Copied.';
  } catch {
    snippet.select();
    copied.textContent = 'Select the code and copy it (Ctrl+C or ⌘C).';
  }
});
update();
