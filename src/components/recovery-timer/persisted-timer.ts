/**
 * Where `<stride-recovery-timer persist="…">` keeps a running or paused
 * timer: `{ config, timer }` as JSON in `localStorage` under
 * `stride-widgets:recovery-timer:v1:<key>`, where `config` is the plan's
 * fingerprint (a save for another plan is left alone) and `timer` is what
 * `TimerModel.save()` returns. The `v1` is the shape's version: a new shape
 * gets a new key rather than misreading an old one.
 *
 * Reading and writing go through `internal/storage.ts`, which never throws.
 */

import { localStorageAccess, readJson, storagePrefix, writeJson, type StorageAccess, type WriteJson } from '../../internal/storage';
import type { Plan } from './timer-plan';
import { TimerModel, type SavedTimer } from './timer-model';

export const STORAGE_PREFIX = storagePrefix('recovery-timer', 1);

/** `stride-widgets:recovery-timer:v1:<key>`, or null when there is no key (whitespace around it is ignored). */
export function storageKey(persist: string | null): string | null {
  const key = persist?.trim();
  return key ? STORAGE_PREFIX + key : null;
}

/**
 * - `none`: nothing saved, or a save for another plan (left alone);
 * - `restored`: the saved timer, carried on from the clock;
 * - `unavailable`: storage cannot be read;
 * - `corrupt`: the save cannot be read as a timer for this plan (the caller removes it).
 */
export type RestoreResult =
  | { kind: 'none' }
  | { kind: 'restored'; model: TimerModel }
  | { kind: 'unavailable' }
  | { kind: 'corrupt' };

/** The timer saved under `key` for `plan`, with `clock` as its clock. */
export function readTimer(
  key: string,
  plan: Pick<Plan, 'phases' | 'fingerprint'>,
  clock: () => number,
  storage: StorageAccess = localStorageAccess,
): RestoreResult {
  const read = readJson(key, storage);
  if (!read.ok && read.problem !== 'corrupt') return { kind: 'unavailable' };
  if (read.ok && read.value === undefined) return { kind: 'none' };
  const saved = read.ok ? read.value : null;
  const { config, timer } = (saved ?? {}) as { config?: unknown; timer?: unknown };
  if (typeof config === 'string' && config !== plan.fingerprint) return { kind: 'none' }; // another plan's: left alone
  const model = typeof config === 'string' ? TimerModel.restore(plan.phases, clock, timer) : null;
  return model ? { kind: 'restored', model } : { kind: 'corrupt' };
}

/** Saves `timer` for the plan with `fingerprint` under `key`. */
export function writeTimer(key: string, fingerprint: string, timer: SavedTimer, storage?: StorageAccess): WriteJson {
  return writeJson(key, { config: fingerprint, timer }, storage);
}

/** Removes the save under `key`. */
export function clearTimer(key: string, storage?: StorageAccess): WriteJson {
  return writeJson(key, null, storage);
}
