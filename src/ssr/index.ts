/// <reference types="node" />
/**
 * `stride-widgets/ssr` (Node only): pre-renders the `stride-*` elements of an
 * HTML page or fragment as declarative shadow DOM, with `@lit-labs/ssr`. The
 * page reads with JavaScript off, and the script bundles hydrate it (attach
 * to what is there, without rendering again or moving anything).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { applyCatalogue, type LoadMode, type Sections } from '../catalogue/merge';
import { bundledCatalogue, checkCatalogue, modeOf } from '../catalogue/load';
import { setCatalogueScope } from '../catalogue/store';
import '../index';

export { CatalogueError } from '../catalogue/load';

export interface RenderOptions {
  /** A clinic catalogue (the parsed JSON), checked as `loadCatalogue` checks it; it applies to this call only. */
  catalogue?: unknown;
  /** `merge` (default): the clinic's entries replace those with the same id or are added. `replace`: the whole catalogue. */
  mode?: LoadMode;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The catalogue of the render in progress: each call its own, even when calls interleave. */
const scope = new AsyncLocalStorage<Sections>();
setCatalogueScope(() => scope.getStore());

/** Tags rendered here: the widgets, not `<stride-catalogue>` (no shadow root) nor unknown `stride-*` names. */
const WIDGETS = new Set(['stride-exercise-card', 'stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer', 'stride-routine']);

/**
 * Returns `html` with every Stride widget pre-rendered. A full document stays
 * a full document; a fragment stays a fragment. Everything outside the
 * widgets is returned byte for byte.
 *
 * With `catalogue`, the widgets show the clinic's content, and the output
 * carries it inline (`<stride-catalogue>` with a JSON script, before the first
 * widget) so the browser hydrates with the same content. Rejects with a
 * `CatalogueError` (the messages of `loadCatalogue`) when it is not valid.
 */
export async function renderHTML(html: string, options: RenderOptions = {}): Promise<string> {
  if (typeof html !== 'string') throw new TypeError('renderHTML: expected the HTML as a string');
  const mode = modeOf(options);
  const base = bundledCatalogue();
  const clinic = options.catalogue === undefined ? undefined : await checkCatalogue(options.catalogue, mode, base);
  const sections = clinic ? applyCatalogue(base, clinic, mode) : base;

  const widgets = findWidgets(html);
  if (widgets.length === 0) return html;
  let out = '';
  let at = 0;
  for (const [index, { start, end }] of widgets.entries()) {
    out += html.slice(at, start);
    if (index === 0 && clinic) out += inlineCatalogue(clinic, mode);
    out += await scope.run(sections, () => renderElement(html.slice(start, end)));
    at = end;
  }
  return out + html.slice(at);
}

/** One element's source, rendered: its own markup (attributes, light DOM) with its shadow root inside. */
async function renderElement(source: string): Promise<string> {
  // The source as a template of its own (as if written in html`…`): lit caches templates by these strings
  // in a WeakMap, so they go when the render is done (static-html would keep every page's in a Map).
  const strings = Object.assign([source], { raw: [source] }) as unknown as TemplateStringsArray;
  const rendered = await collectResult(render(html(strings)));
  // The markers of the one-off template around the element: nothing hydrates that template.
  return rendered.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}

/** The catalogue as the browser applies it before the widgets hydrate (`src/internal/inline-catalogue.ts`). */
function inlineCatalogue(data: unknown, mode: LoadMode): string {
  // `<` escaped, so nothing in the JSON can close the script or open a comment.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<stride-catalogue mode="${mode}" hidden><script type="application/json">${json}</script></stride-catalogue>`;
}

/**
 * Where the outermost widgets are in the source (elements inside a widget are
 * its light DOM, rendered with it). A widget that already has a declarative
 * shadow root (rendered before) is left as it is.
 */
function findWidgets(source: string): { start: number; end: number }[] {
  const document = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html|head|body)[\s>]/i.test(source);
  const tree = document
    ? parse(source, { sourceCodeLocationInfo: true })
    : parseFragment(source, { sourceCodeLocationInfo: true });
  const found: { start: number; end: number }[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node && WIDGETS.has(node.tagName)) {
      const location = node.sourceCodeLocation;
      // Parser-made (no end tag in the source) or pre-rendered already: left alone.
      if (location?.endTag && !isPrerendered(node)) {
        found.push({ start: location.startOffset, end: location.endOffset });
        return;
      }
    }
    // Not into <template> content: markup kept for scripts to use is the page's business.
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child as Node);
  };
  visit(tree as Node);
  return found.sort((a, b) => a.start - b.start);
}

function isPrerendered(element: Element): boolean {
  return element.childNodes.some(
    (child) => 'tagName' in child && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'),
  );
}
