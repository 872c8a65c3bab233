/**
 * Where `<stride-form-cues persist="…">` keeps its ticks: a JSON array of cue
 * ids in `localStorage` under `stride-widgets:form-cues:v1:<key>`. The `v1`
 * is the shape's version: a new shape gets a new key rather than misreading
 * an old one.
 *
 * Storage is optional: private modes disable it, quotas fill up and other
 * code can write nonsense. Nothing here throws; every failure comes back as
 * a result the element can act on (stop persisting, warn once).
 */

export const STORAGE_PREFIX = 'stride-widgets:form-cues:v1:';

/** The key used when `persist` is present but empty. */
export const DEFAULT_KEY = 'default';

/** The part of `Storage` used here, so tests can pass a stand-in. */
export type TickStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How to reach the storage; a getter, because merely reading `window.localStorage` throws where it is disabled. */
export type StorageAccess = () => TickStorage;

const localStorageAccess: StorageAccess = () => globalThis.localStorage;

/**
 * - `unavailable`: storage is disabled or blocked (the getter or a call threw);
 * - `full`: the quota is exceeded;
 * - `corrupt`: the stored value is not a JSON array of strings.
 */
export type TicksProblem = 'unavailable' | 'full' | 'corrupt';

export type ReadResult = { ok: true; ids: string[] } | { ok: false; problem: TicksProblem; detail: string };
export type WriteResult = { ok: true } | { ok: false; problem: TicksProblem; detail: string };

/** `stride-widgets:form-cues:v1:<key>`; whitespace around the key is ignored, an empty key is `default`. */
export function storageKey(key: string): string {
  return STORAGE_PREFIX + (key.trim() || DEFAULT_KEY);
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isQuotaError(error: unknown): boolean {
  // Chromium and WebKit say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED.
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

/**
 * The ticked ids saved under `key`: `[]` when nothing is saved. Duplicates
 * are dropped. Whether the ids are still in the catalogue is for the caller
 * to decide (the catalogue may change after the ticks were saved).
 */
export function readTicks(key: string, storage: StorageAccess = localStorageAccess): ReadResult {
  let raw: string | null;
  try {
    raw = storage().getItem(storageKey(key));
  } catch (error) {
    return { ok: false, problem: 'unavailable', detail: errorText(error) };
  }
  if (raw === null) return { ok: true, ids: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: errorText(error) };
  }
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    return { ok: false, problem: 'corrupt', detail: 'expected a JSON array of cue ids' };
  }
  return { ok: true, ids: [...new Set(value as string[])] };
}

/** Saves `ids` under `key`; no ids removes the entry rather than storing `[]`. */
export function writeTicks(key: string, ids: readonly string[], storage: StorageAccess = localStorageAccess): WriteResult {
  try {
    const store = storage();
    if (ids.length) store.setItem(storageKey(key), JSON.stringify(ids));
    else store.removeItem(storageKey(key));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable', detail: errorText(error) };
  }
}
