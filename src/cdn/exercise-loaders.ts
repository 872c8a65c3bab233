/**
 * One loader per exercise id, each resolving to the exercise with the sources
 * it cites. The loader build replaces this module with one that imports
 * each exercise's own chunk, `exercise-<id>.js` (scripts/catalogue-plugin.ts),
 * so a page fetches only the exercises it shows; this version, over the whole
 * catalogue, is what the type-checker and the tests see.
 */
import { catalogue } from '../catalogue/bundled';
import type { Sections } from '../catalogue/merge';
import { exercisePart } from '../catalogue/parts';

export const exerciseLoaders: Record<string, () => Promise<{ default: Sections }>> = Object.fromEntries(
  (catalogue.exercises ?? []).map((e) => [e.id, async () => ({ default: exercisePart(catalogue, e.id) })]),
);
