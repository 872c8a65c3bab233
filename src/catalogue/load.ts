/** The catalogue API for clinics: `loadCatalogue` and `getCatalogue`. */
import { frozenCopy, type LoadMode, type Sections } from './merge';
import { loadValidator } from './load-validator';
import type { CatalogueMerge } from './schema';
import { applyLayer, catalogueInForce, provideBundled } from './store';
import * as bundled from './bundled';
import { bundledSections } from './bundled-sections';

/** Clinic catalogues are checked and merged against the whole bundled catalogue, not only the loaded widgets' sections. */
function provideAll(): void {
  provideBundled(bundledCatalogue());
}

export interface LoadOptions {
  /** `merge` (default): entries replace those with the same id or are added. `replace`: the whole catalogue. */
  mode?: LoadMode;
}

/** Rejection of `loadCatalogue`: the message lists each problem with its path; `issues` has them one by one. */
export class CatalogueError extends Error {
  readonly issues: string[];
  constructor(issues: string[], intro = 'The catalogue was not loaded') {
    super(`${intro}:\n${issues.map((i) => `- ${i}`).join('\n')}`);
    this.name = 'CatalogueError';
    this.issues = issues;
  }
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new CatalogueError([`${url}: could not be fetched (${(error as Error).message})`]);
  }
  if (!response.ok) throw new CatalogueError([`${url}: the server answered ${response.status}`]);
  try {
    return await response.json();
  } catch {
    throw new CatalogueError([`${url}: is not valid JSON`]);
  }
}

/**
 * Loads a clinic catalogue (a URL or an object), validates it, and applies it
 * to every widget on the page. On any problem it rejects with a
 * `CatalogueError` and nothing is applied.
 */
export async function loadCatalogue(source: string | URL | object, options: LoadOptions = {}): Promise<Sections> {
  provideAll();
  const mode = modeOf(options);
  const data = typeof source === 'string' || source instanceof URL ? await fetchJson(String(source)) : source;
  applyLayer(await checkCatalogue(data, mode, catalogueInForce()), mode);
  return getCatalogue();
}

/** The load mode asked for, or a `CatalogueError` naming what was given. */
export function modeOf(options: LoadOptions): LoadMode {
  const mode = options.mode ?? 'merge';
  if (mode !== 'merge' && mode !== 'replace') {
    throw new CatalogueError([`mode: expected "merge" or "replace", got ${JSON.stringify(mode)}`]);
  }
  return mode;
}

/**
 * A clinic catalogue checked against `base`, as `loadCatalogue` checks it
 * (server rendering uses the same checks and messages): rejects with a
 * `CatalogueError` listing every problem.
 */
export async function checkCatalogue(data: unknown, mode: LoadMode, base: Sections): Promise<CatalogueMerge> {
  // zod is loaded only now, when a clinic catalogue is actually loaded.
  const { validateCatalogue } = await loadValidator();
  const checked = validateCatalogue(data, mode, base);
  if (!checked.ok) throw new CatalogueError(checked.issues);
  return checked.data;
}

/** The whole bundled catalogue (every section, whichever widgets are loaded). */
export function bundledCatalogue(): Sections {
  return bundledSections({ ...bundled });
}

/** The catalogue in force, as a frozen copy a clinic can start from. */
export function getCatalogue(): Sections {
  provideAll();
  return frozenCopy(catalogueInForce());
}
