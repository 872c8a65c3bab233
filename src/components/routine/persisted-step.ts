/**
 * Where `<stride-routine persist>` keeps the step the reader is on: its index
 * (from 0) as JSON in `localStorage` under
 * `stride-widgets:routine:v1:<routine id>`. Nothing is kept on the first step
 * or once the routine is finished, so a finished routine starts again at the
 * beginning. The `v1` is the shape's version: a new shape gets a new key
 * rather than misreading an old one.
 *
 * Reading and writing go through `internal/storage.ts`, which never throws.
 */
import { readJson, storagePrefix, writeJson, type Failure, type StorageAccess, type WriteJson } from '../../internal/storage';

export const STORAGE_PREFIX = storagePrefix('routine', 1);

/** `stride-widgets:routine:v1:<routine id>`. */
export function storageKey(routine: string): string {
  return STORAGE_PREFIX + routine;
}

/** The saved step, `null` when none is saved; a save that is not a step index is `corrupt`. */
export type ReadStep = { ok: true; step: number | null } | Failure;

export function readStep(routine: string, storage?: StorageAccess): ReadStep {
  const read = readJson(storageKey(routine), storage);
  if (!read.ok) return read;
  const { value } = read;
  if (value === undefined) return { ok: true, step: null };
  return Number.isInteger(value) && (value as number) >= 0
    ? { ok: true, step: value as number }
    : { ok: false, problem: 'corrupt', detail: 'expected a step number' };
}

/** Saves `step`; `null` (the first step, or finished) removes the save. */
export function writeStep(routine: string, step: number | null, storage?: StorageAccess): WriteJson {
  return writeJson(storageKey(routine), step, storage);
}
