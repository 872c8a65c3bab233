/**
 * Vite plugin for the translated catalogues in `src/catalogues/` (e.g.
 * `es.json`): fails the build when one does not validate as a whole
 * catalogue (schema and cross-references, as a clinic's would be), and ships
 * each as `dist/catalogues/<name>.json` (package export
 * `stride-widgets/catalogues/<name>.json`), unchanged. They are never bundled:
 * a page loads one with `loadCatalogue(url, { mode: 'replace' })`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { Catalogue } from '../src/catalogue/schema';
import { referenceIssues } from '../src/catalogue/integrity';
import { formatIssues } from '../src/catalogue/validate';

const folder = new URL('../src/catalogues/', import.meta.url);

/** Every translated catalogue's file name, e.g. `es.json`. */
export function translatedCatalogues(): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Problems of one translated catalogue, one line each with its JSON path. */
export function translatedCatalogueIssues(name: string): string[] {
  const data: unknown = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
  const shape = Catalogue.safeParse(data);
  if (!shape.success) return formatIssues(shape.error.issues);
  return referenceIssues(shape.data);
}

export function translationsPlugin({ emit }: { emit: boolean }): Plugin {
  return {
    name: 'stride-translations',
    buildStart() {
      for (const name of translatedCatalogues()) {
        this.addWatchFile(new URL(name, folder).pathname);
        const issues = translatedCatalogueIssues(name);
        if (issues.length) this.error(`src/catalogues/${name} is invalid:\n${issues.map((i) => `  ${i}`).join('\n')}`);
      }
    },
    generateBundle() {
      if (!emit) return;
      for (const name of translatedCatalogues()) {
        this.emitFile({ type: 'asset', fileName: `catalogues/${name}`, source: readFileSync(new URL(name, folder), 'utf8') });
      }
    },
  };
}
