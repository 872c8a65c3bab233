/** The catalogue API, as the entries export it (`stride-widgets/catalogue` is `src/catalogue-entry.ts`). */
export { loadCatalogue, getCatalogue, CatalogueError, type LoadOptions } from './load';
export type { LoadMode, Sections } from './merge';
