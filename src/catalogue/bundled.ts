/**
 * The bundled catalogue, section by section. Only re-exports, so that a
 * chunk imports just the sections its widgets read: the build serves each
 * section of `catalogue.json` as a module of its own (scripts/catalogue-plugin.ts).
 * Widgets type what they read with `bundledSections`; the tests and the build
 * validate the JSON against the schema.
 */
export { sources, exercises, redFlagSets, cueGroups, cues, protocols, ui, version, locale, review } from './catalogue.json';
