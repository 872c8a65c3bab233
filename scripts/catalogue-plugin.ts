/**
 * Vite plugin: fails the build when the bundled catalogue does not validate,
 * and writes `catalogue.schema.json`, generated from the zod schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import type { Plugin } from 'vite';
import { Catalogue } from '../src/catalogue/schema';
import { referenceIssues } from '../src/catalogue/integrity';
import { formatIssues } from '../src/catalogue/validate';
import type { Sections } from '../src/catalogue/merge';
import { SHARED_UI, WIDGETS, WIDGET_PARTS, citedSourceIds, exercisePart, type Widget } from '../src/catalogue/parts';

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
    // As a catalogue is written (input): a section with a default, such as `routines`, may be left out.
    ...z.toJSONSchema(Catalogue, { io: 'input' }),
  };
}

const CONTENT_PREFIX = '\0stride-content:';
const EXERCISE_PREFIX = '\0stride-exercise:';
const PART_PREFIX = '\0stride-part:';
/** The loader's chunk of one exercise (with the sources it cites), beside the loader. */
const exerciseChunk = (id: string) => `exercise-${id}.js`;
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const srcFile = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url)).replace(/\\/g, '/');

/**
 * The pieces `catalogue.json` is cut into, each served as a module of its
 * own: every section, every UI-string group, and the sources grouped by the
 * widgets that cite them. A piece's module id names the widgets that read it
 * (`exercise-card_form-cues`, `common` for all four, `catalogue` for none), so
 * vite.config.ts can put the pieces with the same readers in one chunk.
 */
function cutCatalogue(data: Sections, lazyExercises: boolean) {
  // Through the loader the card reads its exercises (and their sources) one by one, not from its part.
  const sectionsOf = (w: Widget): readonly string[] =>
    lazyExercises && w === 'exerciseCard' ? ['locale'] : WIDGET_PARTS[w].sections;
  const pieces = new Map<string, { readers: string; value: unknown }>();
  const readersOf = (widgets: readonly Widget[]) =>
    widgets.length === WIDGETS.length ? 'common' : widgets.length ? widgets.map(kebab).join('_') : 'catalogue';
  const add = (name: string, widgets: readonly Widget[], value: unknown) => {
    pieces.set(name, { readers: readersOf(widgets), value });
    return name;
  };
  const parts = Object.fromEntries(WIDGETS.map((w) => [w, { sections: [] as string[], sources: [] as string[], ui: [] as string[] }]));
  const whole = { sections: [] as string[], sources: [] as string[], ui: [] as string[] };

  for (const section of Object.keys(data)) {
    if (section === 'sources' || section === 'ui') {
      whole.sections.push(section);
      continue;
    }
    const readers = WIDGETS.filter((w) => sectionsOf(w).includes(section));
    add(`section-${section}`, readers, data[section as keyof Sections]);
    whole.sections.push(section);
    for (const w of readers) parts[w].sections.push(section);
  }
  const bySignature = new Map<string, { widgets: Widget[]; sources: unknown[] }>();
  for (const source of data.sources ?? []) {
    const widgets = WIDGETS.filter((w) => sectionsOf(w).some((s) => citedSourceIds(data[s as keyof Sections]).has(source.id)));
    const signature = widgets.join('_');
    if (!bySignature.has(signature)) bySignature.set(signature, { widgets, sources: [] });
    bySignature.get(signature)!.sources.push(source);
  }
  let n = 0;
  for (const { widgets, sources } of bySignature.values()) {
    const name = add(`sources-${n++}`, widgets, sources);
    whole.sources.push(name);
    for (const w of widgets) parts[w].sources.push(name);
  }
  for (const group of Object.keys(data.ui ?? {})) {
    const readers = (SHARED_UI as readonly string[]).includes(group)
      ? WIDGETS
      : WIDGETS.filter((w) => WIDGET_PARTS[w].ui === group);
    add(`ui-${group}`, readers, (data.ui as Record<string, unknown>)[group]);
    whole.ui.push(group);
    for (const w of readers) parts[w].ui.push(group);
  }
  return { pieces, parts, whole };
}

/**
 * The generated stand-in for `src/catalogue/bundled.ts`: the same exports,
 * each re-exported from a module of its own (`${PART_PREFIX}<name>`) that
 * assembles it from the piece modules, so importing one part never pulls in
 * another. With `lazyExercises` (the script-tag loader) the card's part
 * carries no exercises and no sources: the loader fetches each exercise,
 * with the sources it cites, on first sight.
 */
function bundledModule(): string {
  return ['catalogue', ...WIDGETS.map((w) => `${w}Part`)]
    .map((name) => `export { default as ${name} } from '${PART_PREFIX}${name}';`)
    .join('\n');
}

function partModule(data: Sections, lazyExercises: boolean, name: string): string {
  const { pieces, parts, whole } = cutCatalogue(data, lazyExercises);
  const ref = (piece: string) => piece.replace(/\W/g, '_');
  const object = (sections: readonly string[], sources: string[], ui: string[]) =>
    `{ ${sections
      .map((section) => {
        if (section === 'sources') return `sources: [${sources.map((s) => `...${ref(s)}`).join(', ')}]`;
        if (section === 'ui') return `ui: { ${ui.map((g) => `${g}: ${ref(`ui-${g}`)}`).join(', ')} }`;
        return `${section}: ${ref(`section-${section}`)}`;
      })
      .join(', ')} }`;
  let body: string;
  let used: string[];
  if (name === 'catalogue') {
    body = object(whole.sections, whole.sources, whole.ui);
    used = [...pieces.keys()];
  } else {
    const part = parts[name.replace(/Part$/, '')];
    body = object([...part.sections, 'sources', 'ui'], part.sources, part.ui);
    used = [...part.sections.map((s) => `section-${s}`), ...part.sources, ...part.ui.map((g) => `ui-${g}`)];
  }
  // The loader fetches a widget's part as one chunk, so there each piece not every widget reads is written in place
  // (a clinic's `<stride-catalogue>` then fetches its own copy): chunking shared pieces apart cost requests.
  const inline = (piece: string) => lazyExercises && pieces.get(piece)!.readers !== 'common';
  const lines = used.map((piece) =>
    inline(piece)
      ? `const ${ref(piece)} = ${JSON.stringify(pieces.get(piece)!.value)};`
      : `import ${ref(piece)} from '${CONTENT_PREFIX}${pieces.get(piece)!.readers}/${piece}';`,
  );
  return [...lines.sort((a, b) => Number(a.startsWith('const')) - Number(b.startsWith('const'))), `export default ${body};`].join('\n');
}

/**
 * Serves `src/catalogue/bundled.ts` as generated modules over the pieces of
 * `catalogue.json` (so a chunk carries only the pieces its widgets read), and
 * for the loader `src/cdn/exercise-loaders.ts` as one dynamic import per
 * exercise.
 */
function contentModules(lazyExercises: boolean): Pick<Plugin, 'load' | 'resolveId'> {
  const read = () => JSON.parse(readFileSync(cataloguePath, 'utf8')) as Sections;
  return {
    resolveId(source) {
      return [CONTENT_PREFIX, EXERCISE_PREFIX, PART_PREFIX].some((prefix) => source.startsWith(prefix)) ? source : null;
    },
    load(id) {
      const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
      if (path === srcFile('catalogue/bundled.ts')) return bundledModule();
      if (id.startsWith(PART_PREFIX)) return partModule(read(), lazyExercises, id.slice(PART_PREFIX.length));
      if (lazyExercises && path === srcFile('cdn/exercise-loaders.ts')) {
        // Each exercise's chunk is emitted under a name of its own (buildStart), so one import by name serves them all.
        const ids = (read().exercises ?? []).map((e) => e.id).join(' ');
        // (An import of a plain variable: a template literal there would be read as a file pattern to expand.)
        const file = `\`./${exerciseChunk('${id}')}\``;
        return `export const exerciseLoaders = Object.fromEntries(${JSON.stringify(ids)}.split(' ').map((id) => { const file = ${file}; return [id, () => import(file)]; }));`;
      }
      if (id.startsWith(EXERCISE_PREFIX)) {
        return `export default ${JSON.stringify(exercisePart(read(), id.slice(EXERCISE_PREFIX.length)))};`;
      }
      if (id.startsWith(CONTENT_PREFIX)) {
        const name = id.slice(id.lastIndexOf('/') + 1);
        const piece = cutCatalogue(read(), lazyExercises).pieces.get(name);
        if (!piece) this.error(`unknown catalogue piece ${id}`);
        return `export default ${JSON.stringify(piece.value)};`;
      }
      return null;
    },
  };
}

export function cataloguePlugin({ emitSchema, lazyExercises = false }: { emitSchema: boolean; lazyExercises?: boolean }): Plugin {
  return {
    name: 'stride-catalogue',
    enforce: 'pre',
    ...contentModules(lazyExercises),
    buildStart() {
      this.addWatchFile(cataloguePath.pathname);
      const issues = bundledCatalogueIssues();
      if (issues.length) this.error(`The bundled catalogue is invalid:\n${issues.map((i) => `  ${i}`).join('\n')}`);
      if (!lazyExercises) return;
      const exercises = (JSON.parse(readFileSync(cataloguePath, 'utf8')) as Sections).exercises ?? [];
      for (const { id } of exercises) this.emitFile({ type: 'chunk', id: `${EXERCISE_PREFIX}${id}`, fileName: exerciseChunk(id) });
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
