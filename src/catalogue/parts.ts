/**
 * Which parts of the catalogue each widget reads: the sections it renders,
 * the UI-string groups it shows (the shared ones and its own) and only the
 * sources its entries cite. Pure (no DOM, no zod): the build uses it to
 * split `catalogue.json` into modules (scripts/catalogue-plugin.ts), and
 * `bundled.ts` uses it as is in the tests, so both split the same way.
 */
import type { Sections } from './merge';

/** UI-string groups every widget reads (through the base element and the shared content helpers). */
export const SHARED_UI = ['common', 'errors', 'evidence', 'evidenceDescriptions'] as const;

/** Per widget: the sections it renders (sources aside) and its own UI-string group. */
export const WIDGET_PARTS = {
  exerciseCard: { sections: ['exercises', 'locale'], ui: 'exerciseCard' },
  redFlagChecker: { sections: ['redFlagSets', 'review', 'locale'], ui: 'redFlagChecker' },
  formCues: { sections: ['cueGroups', 'cues', 'locale'], ui: 'formCues' },
  recoveryTimer: { sections: ['protocols', 'locale'], ui: 'recoveryTimer' },
  // The exercises and timers of its steps come with the card and timer it shows (and through the loader, one by one).
  routine: { sections: ['routines', 'locale'], ui: 'routine' },
} as const;

export type Widget = keyof typeof WIDGET_PARTS;
export const WIDGETS = Object.keys(WIDGET_PARTS) as Widget[];

/** Every source id cited anywhere in `value` (any `sources` array of strings, at any depth). */
export function citedSourceIds(value: unknown, ids = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSourceIds(item, ids);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && child.every((c) => typeof c === 'string')) {
        for (const id of child) ids.add(id);
      } else citedSourceIds(child, ids);
    }
  }
  return ids;
}

/** The part of `catalogue` that `widget` reads: its sections, its sources and its UI strings. */
export function widgetPart(catalogue: Sections, widget: Widget): Sections {
  const { sections, ui } = WIDGET_PARTS[widget];
  const part: Record<string, unknown> = {};
  for (const section of sections) if (catalogue[section] !== undefined) part[section] = catalogue[section];
  const cited = citedSourceIds(sections.map((s) => catalogue[s]));
  part.sources = (catalogue.sources ?? []).filter((s) => cited.has(s.id));
  const strings = catalogue.ui as Record<string, unknown> | undefined;
  part.ui = Object.fromEntries([...SHARED_UI, ui].map((group) => [group, strings?.[group]]));
  return part as Sections;
}

/** One exercise with the sources it cites: what the script-tag loader fetches per card. */
export function exercisePart(catalogue: Sections, id: string): Sections {
  const exercises = (catalogue.exercises ?? []).filter((e) => e.id === id);
  const cited = citedSourceIds(exercises);
  return { exercises, sources: (catalogue.sources ?? []).filter((s) => cited.has(s.id)) };
}
