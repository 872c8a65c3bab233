import type { Catalogue, CatalogueMerge } from './schema';

/** A catalogue some of whose sections may be missing (a per-widget entry bundles only what it reads). */
export type Sections = Partial<Catalogue>;
export type LoadMode = 'merge' | 'replace';

export const ENTRY_SECTIONS = ['sources', 'exercises', 'redFlagSets', 'cueGroups', 'cues', 'protocols', 'routines'] as const;

/** Entries merge by id: an incoming entry replaces the one with its id whole, or is added at the end. */
export function mergeById<T extends { id: string }>(base: readonly T[], incoming: readonly T[]): T[] {
  const merged = [...base];
  for (const entry of incoming) {
    const at = merged.findIndex((e) => e.id === entry.id);
    if (at === -1) merged.push(entry);
    else merged[at] = entry;
  }
  return merged;
}

/** Applies one clinic catalogue to `base` without changing either. */
export function applyCatalogue(base: Sections, data: CatalogueMerge, mode: LoadMode): Sections {
  if (mode === 'replace') {
    const { $schema: _editorOnly, ...sections } = data;
    return sections as Sections;
  }
  const next: Sections = { ...base };
  if (data.version !== undefined) next.version = data.version;
  if (data.locale !== undefined) next.locale = data.locale;
  if (data.review !== undefined) next.review = data.review;
  for (const section of ENTRY_SECTIONS) {
    const incoming = data[section];
    if (incoming) (next as Record<string, unknown>)[section] = mergeById(base[section] ?? [], incoming as { id: string }[]);
  }
  if (data.ui) {
    const ui: Record<string, unknown> = { ...base.ui };
    for (const [group, texts] of Object.entries(data.ui)) {
      ui[group] = { ...(ui[group] as object | undefined), ...texts };
    }
    next.ui = ui as Catalogue['ui'];
  }
  return next;
}

/** A deep-frozen structured copy, so callers can neither change the catalogue in force nor be changed by it. */
export function frozenCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown): void => {
    if (v && typeof v === 'object') {
      Object.freeze(v);
      for (const child of Object.values(v)) freeze(child);
    }
  };
  freeze(copy);
  return copy;
}
