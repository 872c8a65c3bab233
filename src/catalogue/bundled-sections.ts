import type * as Json from './catalogue.json';
import type { Catalogue } from './schema';

/**
 * Bundled sections (`bundled.ts`), typed as the catalogue's. The one cast from
 * the JSON's inferred types (`string` where the schema has a union, such as a
 * triage level) is here: the build fails when the JSON does not validate.
 */
export function bundledSections<K extends keyof Catalogue & keyof typeof Json>(sections: Pick<typeof Json, K>): Pick<Catalogue, K> {
  return sections as unknown as Pick<Catalogue, K>;
}
