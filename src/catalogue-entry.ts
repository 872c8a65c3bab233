/**
 * `stride-widgets/catalogue`: the catalogue API and `<stride-catalogue>`. Put
 * together here, outside `catalogue/`, which never imports from `components/`.
 */
export { loadCatalogue, getCatalogue, CatalogueError, type LoadOptions, type LoadMode, type Sections } from './catalogue/index';
export type * from './catalogue/schema';
export { StrideCatalogue, type CatalogueErrorDetail, type CatalogueLoadDetail } from './components/catalogue/catalogue';
