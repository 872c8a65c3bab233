/**
 * The catalogue in force on this page: the bundled sections that the loaded
 * widgets brought with them, with any clinic catalogues applied on top.
 * One store per copy of the package; widgets subscribe and re-render.
 */
import { applyCatalogue, type LoadMode, type Sections } from './merge';
import type { CatalogueMerge } from './schema';

const bundled: Sections = {};
const layers: { data: CatalogueMerge; mode: LoadMode }[] = [];
const listeners = new Set<() => void>();
let inForce: Sections | null = null;
/** Set only by `stride-widgets/ssr`: the catalogue of the server render in progress, if any. */
let scope: (() => Sections | undefined) | undefined;

/**
 * Server rendering gives each call its own catalogue (two clinics on one
 * server never see each other's content); the reader returns the current
 * call's, or `undefined` outside a render.
 */
export function setCatalogueScope(reader: () => Sections | undefined): void {
  scope = reader;
}

/** Bundled content a widget class brings; a section already provided is kept. */
export function provideBundled(sections: Sections): void {
  let added = false;
  for (const [key, value] of Object.entries(sections)) {
    if (!(key in bundled)) {
      (bundled as Record<string, unknown>)[key] = value;
      added = true;
    }
  }
  if (added) inForce = null;
}

/** The catalogue in force (not a copy: never mutate it). */
export function catalogueInForce(): Sections {
  const scoped = scope?.();
  if (scoped) return scoped;
  inForce ??= layers.reduce((acc, layer) => applyCatalogue(acc, layer.data, layer.mode), bundled);
  return inForce;
}

/** Applies an already validated clinic catalogue and tells every widget. */
export function applyLayer(data: CatalogueMerge, mode: LoadMode): void {
  layers.push({ data, mode });
  inForce = null;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: back to the bundled catalogue. */
export function resetCatalogue(): void {
  layers.length = 0;
  inForce = null;
  for (const listener of listeners) listener();
}
