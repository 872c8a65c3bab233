/**
 * The whole library: defines every element and exports the catalogue API.
 * This is `dist/stride-widgets.js`, `dist/stride-widgets.iife.js`
 * (`window.StrideWidgets`) and the package's main entry.
 */
export { StrideExerciseCard } from './components/exercise-card/exercise-card';
export { StrideRedFlagChecker } from './components/red-flag-checker/red-flag-checker';
export { StrideFormCues } from './components/form-cues/form-cues';
export { StrideRecoveryTimer } from './components/recovery-timer/recovery-timer';
export { StrideRoutine } from './components/routine/routine';
export { StrideCatalogue, loadCatalogue, getCatalogue, CatalogueError } from './catalogue-entry';
export type { LoadOptions, LoadMode, Sections } from './catalogue-entry';
export type * from './catalogue/schema';
export type * from './events';
