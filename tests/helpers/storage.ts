import type { SimpleStorage } from '../../src/internal/storage';

/** An in-memory stand-in for `localStorage`; `data` is what it holds. */
export function memoryStorage(initial: Record<string, string> = {}): SimpleStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key] : null),
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

/** The error a browser throws, by its name: `SecurityError`, `QuotaExceededError`, … */
export function domError(name: string): Error {
  return new DOMException(`${name} for the test`, name);
}

/** A storage every call of which throws `error`. */
export function throwingStorage(error: Error): SimpleStorage {
  const fail = () => {
    throw error;
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

type StorageMethods = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Replaces methods of every `Storage` (`localStorage` and `sessionStorage`) for
 * widgets that reach the real one; returns the function that puts them back
 * (call it in a `finally`).
 */
export function replaceStorageMethods(replacements: Partial<StorageMethods>): () => void {
  const proto = Storage.prototype;
  const originals: Partial<StorageMethods> = {};
  for (const name of Object.keys(replacements) as (keyof StorageMethods)[]) {
    Object.assign(originals, { [name]: proto[name] });
    Object.assign(proto, { [name]: replacements[name] });
  }
  return () => Object.assign(proto, originals);
}
