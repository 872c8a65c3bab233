/**
 * The catalogue in force on this page: the bundled sections that the loaded
 * widgets brought with them, with any clinic catalogues applied on top.
 * One store per copy of the package; widgets subscribe and re-render.
 */
import { applyCatalogue, type LoadMode, type Sections } from './merge';
import type { CatalogueMerge } from './schema';

const bundled: Sections = {};
const provided = new WeakSet<object>();
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

/**
 * Bundled content a widget class (or the loader) brings. Pieces add up: an
 * entry whose id is already here, a UI-string group already here and a
 * section value already here are kept, so parts of one catalogue combine
 * into it. Widgets re-render when something was added.
 */
export function provideBundled(sections: Sections): void {
  if (provided.has(sections)) return;
  provided.add(sections);
  const into = bundled as Record<string, unknown>;
  let added = false;
  for (const [key, value] of Object.entries(sections)) {
    const have = into[key];
    if (have === undefined) {
      into[key] = value;
      added = true;
    } else if (Array.isArray(value)) {
      const ids = new Set((have as { id: string }[]).map((e) => e.id));
      const missing = (value as { id: string }[]).filter((e) => !ids.has(e.id));
      if (missing.length) into[key] = [...(have as unknown[]), ...missing];
      added ||= missing.length > 0;
    } else if (key === 'ui') {
      const missing = Object.entries(value as object).filter(([group]) => !(group in (have as object)));
      if (missing.length) into[key] = { ...(have as object), ...Object.fromEntries(missing) };
      added ||= missing.length > 0;
    }
  }
  if (added) {
    inForce = null;
    for (const listener of listeners) listener();
  }
}

/** Entries fetched on first use (the script-tag loader fetches each exercise on its own), by section and id. */
const lazy: Record<string, Record<string, () => Promise<{ default: Sections }>>> = {};
const requested = new Set<string>();

export function provideLazily(section: string, loaders: Record<string, () => Promise<{ default: Sections }>>): void {
  lazy[section] = loaders;
}

/**
 * Starts fetching an entry that is not here yet; true while it may still
 * come (render nothing meanwhile), false when no such entry exists.
 */
export function requestEntry(section: string, id: string): boolean {
  const load = lazy[section]?.[id];
  // Under a clinic catalogue that replaces the bundled one, bundled entries never show: nothing to wait for.
  if (!load || layers.some((layer) => layer.mode === 'replace')) return false;
  const key = `${section}/${id}`;
  if (!requested.has(key)) {
    requested.add(key);
    load().then((part) => provideBundled(part.default), () => {
      // Unreachable content reads as an unknown id, with its visible error, rather than a blank forever.
      delete lazy[section][id];
      for (const listener of listeners) listener();
    });
  }
  return true;
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
