/**
 * Where `<stride-form-cues persist="…">` keeps its ticks: a JSON array of cue
 * ids in `localStorage` under `stride-widgets:form-cues:v1:<key>`. The `v1`
 * is the shape's version: a new shape gets a new key rather than misreading
 * an old one.
 *
 * Reading and writing go through `internal/storage.ts`, which never throws.
 */

import {
  readJson,
  storagePrefix,
  writeJson,
  type Failure,
  type SimpleStorage,
  type StorageAccess,
  type StorageProblem,
} from '../../internal/storage';

export type { StorageAccess };
export type TickStorage = SimpleStorage;
export type TicksProblem = StorageProblem;

export const STORAGE_PREFIX = storagePrefix('form-cues', 1);

/** The key used when `persist` is present but empty. */
export const DEFAULT_KEY = 'default';

export type ReadResult = { ok: true; ids: string[] } | Failure;
export type WriteResult = { ok: true } | Failure;

/** `stride-widgets:form-cues:v1:<key>`; whitespace around the key is ignored, an empty key is `default`. */
export function storageKey(key: string): string {
  return STORAGE_PREFIX + (key.trim() || DEFAULT_KEY);
}

/**
 * The ticked ids saved under `key`: `[]` when nothing is saved. Duplicates
 * are dropped. Whether the ids are still in the catalogue is for the caller
 * to decide (the catalogue may change after the ticks were saved).
 */
export function readTicks(key: string, storage?: StorageAccess): ReadResult {
  const read = readJson(storageKey(key), storage);
  if (!read.ok) return read;
  const { value } = read;
  if (value === undefined) return { ok: true, ids: [] };
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    return { ok: false, problem: 'corrupt', detail: 'expected a JSON array of cue ids' };
  }
  return { ok: true, ids: [...new Set(value as string[])] };
}

/** Saves `ids` under `key`; no ids removes the entry rather than storing `[]`. */
export function writeTicks(key: string, ids: readonly string[], storage?: StorageAccess): WriteResult {
  return writeJson(storageKey(key), ids.length ? ids : null, storage);
}
