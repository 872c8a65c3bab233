/** `stride-widgets/catalogue`: the catalogue API and `<stride-catalogue>`. */
export { loadCatalogue, getCatalogue, CatalogueError, type LoadOptions } from './load';
export type { LoadMode, Sections } from './merge';
export type * from './schema';
export { StrideCatalogue, type CatalogueErrorDetail, type CatalogueLoadDetail } from '../components/catalogue/catalogue';
