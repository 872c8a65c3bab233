import { StrideCatalogue } from './catalogue.component';

export { StrideCatalogue };
export type { CatalogueErrorDetail, CatalogueLoadDetail } from '../../events';
export default StrideCatalogue;

StrideCatalogue.define('stride-catalogue');

declare global {
  interface HTMLElementTagNameMap {
    'stride-catalogue': StrideCatalogue;
  }
}
