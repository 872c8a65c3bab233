/**
 * Vite plugin: fails the build when the bundled catalogue does not validate,
 * and writes `catalogue.schema.json`, generated from the zod schema.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { Plugin } from 'vite';
import { Catalogue } from '../src/catalogue/schema';
import { referenceIssues } from '../src/catalogue/integrity';
import { formatIssues } from '../src/catalogue/validate';

const cataloguePath = new URL('../src/catalogue/catalogue.json', import.meta.url);

/** Problems of the bundled catalogue, one line each with its JSON path. */
export function bundledCatalogueIssues(): string[] {
  const data: unknown = JSON.parse(readFileSync(cataloguePath, 'utf8'));
  const shape = Catalogue.safeParse(data);
  if (!shape.success) return formatIssues(shape.error.issues);
  return referenceIssues(shape.data);
}

export function catalogueJsonSchema(): object {
  return {
    $id: 'https://unpkg.com/stride-widgets/dist/catalogue.schema.json',
    title: 'Stride Widgets catalogue',
    description:
      'Content of the Stride Widgets: exercises, red-flag question sets, running-form cues, timer protocols, sources and UI strings. Generated from the zod schema in src/catalogue/schema.ts.',
    ...z.toJSONSchema(Catalogue),
  };
}

const SECTION_PREFIX = 'stride-catalogue-section:';

/**
 * Serves `catalogue.json`, as imported by `src/catalogue/bundled.ts`, as one
 * module per top-level section, so that a chunk carries only the sections
 * its widgets read (a JSON file is otherwise one module, shared whole).
 */
function sectionModules(): Pick<Plugin, 'resolveId' | 'load'> {
  return {
    resolveId(source, importer) {
      if (source === './catalogue.json' && importer?.replace(/\\/g, '/').endsWith('/src/catalogue/bundled.ts')) {
        return '\0stride-catalogue';
      }
      if (source.startsWith(SECTION_PREFIX)) return `\0${source}`;
      return null;
    },
    load(id) {
      const data = JSON.parse(readFileSync(cataloguePath, 'utf8')) as Record<string, unknown>;
      if (id === '\0stride-catalogue') {
        return Object.keys(data)
          .map((section) => `export { default as ${section} } from '${SECTION_PREFIX}${section}';`)
          .join('\n');
      }
      if (id.startsWith(`\0${SECTION_PREFIX}`)) {
        return `export default ${JSON.stringify(data[id.slice(SECTION_PREFIX.length + 1)])};`;
      }
      return null;
    },
  };
}

export function cataloguePlugin({ emitSchema }: { emitSchema: boolean }): Plugin {
  return {
    name: 'stride-catalogue',
    enforce: 'pre',
    ...sectionModules(),
    buildStart() {
      this.addWatchFile(cataloguePath.pathname);
      const issues = bundledCatalogueIssues();
      if (issues.length) this.error(`The bundled catalogue is invalid:\n${issues.map((i) => `  ${i}`).join('\n')}`);
    },
    generateBundle() {
      if (!emitSchema) return;
      this.emitFile({
        type: 'asset',
        fileName: 'catalogue.schema.json',
        source: `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`,
      });
    },
  };
}
