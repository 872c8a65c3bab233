/**
 * Saving a widget's state in `localStorage`, for the widgets with `persist`.
 * Keys are namespaced and versioned, `stride-widgets:<widget>:v<n>:<key>`, so
 * a new shape gets a new key rather than misreading an old one.
 *
 * Storage is optional: private modes disable it, quotas fill up and other code
 * can write nonsense. Nothing here throws; every failure comes back as a
 * result the widget can act on (stop persisting, warn once).
 */

/** The part of `Storage` used here, so tests can pass a stand-in. */
export type SimpleStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How to reach the storage; a getter, because merely reading `window.localStorage` throws where it is disabled. */
export type StorageAccess = () => SimpleStorage;

export const localStorageAccess: StorageAccess = () => globalThis.localStorage;

/**
 * - `unavailable`: storage is disabled or blocked (the getter or a call threw);
 * - `full`: the quota is exceeded;
 * - `corrupt`: the stored value is not JSON (or, for callers that check, not the expected shape).
 */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

export type Failure = { ok: false; problem: StorageProblem; detail: string };
export type ReadJson = { ok: true; value: unknown } | Failure;
export type WriteJson = { ok: true } | Failure;

/** The key prefix of one widget's saves, e.g. `stride-widgets:form-cues:v1:`. */
export function storagePrefix(widget: string, version: number): string {
  return `stride-widgets:${widget}:v${version}:`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isQuotaError(error: unknown): boolean {
  // Chromium and WebKit say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED.
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

/** The JSON value saved under `key`; `undefined` (which JSON cannot hold) when nothing is saved. */
export function readJson(key: string, storage: StorageAccess = localStorageAccess): ReadJson {
  let raw: string | null;
  try {
    raw = storage().getItem(key);
  } catch (error) {
    return { ok: false, problem: 'unavailable', detail: errorText(error) };
  }
  if (raw === null) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: errorText(error) };
  }
}

/** Saves `value` as JSON under `key`; `null` removes the entry. */
export function writeJson(key: string, value: unknown, storage: StorageAccess = localStorageAccess): WriteJson {
  try {
    const store = storage();
    if (value === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable', detail: errorText(error) };
  }
}
