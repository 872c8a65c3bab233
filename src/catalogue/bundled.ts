/**
 * The bundled catalogue: whole (for the catalogue API, which merges clinic
 * catalogues against all of it) and as each widget's part (only the sections,
 * sources and UI strings it reads; see parts.ts).
 *
 * This file is what the tests run. The build replaces it with a generated
 * module of the same exports whose parts are assembled from one module per
 * piece of `catalogue.json` (scripts/catalogue-plugin.ts), so an entry carries
 * only the content its widgets read, and a bundle with every widget carries
 * each piece once.
 */
import data from './catalogue.json';
import type { Sections } from './merge';
import { widgetPart } from './parts';

export const catalogue = data as unknown as Sections;
export const exerciseCardPart = widgetPart(catalogue, 'exerciseCard');
export const redFlagCheckerPart = widgetPart(catalogue, 'redFlagChecker');
export const formCuesPart = widgetPart(catalogue, 'formCues');
export const recoveryTimerPart = widgetPart(catalogue, 'recoveryTimer');
export const routinePart = widgetPart(catalogue, 'routine');
