/**
 * Five library builds from one config (`npm run build` runs them in turn):
 * - `vite build` (mode `production`): ES modules for npm, one entry per
 *   widget, with `lit` and `zod` kept as bare imports so a host app loads one
 *   copy of each; writes `catalogue.schema.json` and the translated
 *   catalogues (`catalogues/es.json`, scripts/translations-plugin.ts).
 * - `vite build --mode bundle` and `--mode iife`: `stride-widgets.js` (ES)
 *   and `stride-widgets.iife.js` (`window.StrideWidgets`), everything inlined
 *   (the timer a card opens too: no dynamic import) but the clinic-catalogue
 *   validator, which they load on demand from
 * - `vite build --mode validator`: `stride-widgets-validate.js` (zod inlined).
 * - `vite build --mode cdn`: the script-tag loader `cdn/loader.js` and its
 *   chunks (lit bundled, nothing bare), one per widget and one per exercise.
 * Every build fails when the bundled catalogue or a translated one does not validate.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { cataloguePlugin } from './scripts/catalogue-plugin';
import { minifyCssPlugin } from './scripts/minify-css-plugin.mjs';
import { minifyHtmlPlugin } from './scripts/minify-html-plugin.mjs';
import { translationsPlugin } from './scripts/translations-plugin';

const widgetEntries = {
  index: 'src/index.ts',
  'exercise-card': 'src/components/exercise-card/exercise-card.ts',
  'red-flag-checker': 'src/components/red-flag-checker/red-flag-checker.ts',
  'form-cues': 'src/components/form-cues/form-cues.ts',
  'recovery-timer': 'src/components/recovery-timer/recovery-timer.ts',
  routine: 'src/components/routine/routine.ts',
  catalogue: 'src/catalogue-entry.ts',
  // Node only: pre-rendering (`stride-widgets/ssr`).
  ssr: 'src/ssr/index.ts',
};

/** A catalogue piece's chunk, named for the widgets that read it (see scripts/catalogue-plugin.ts). */
const contentChunk = (id: string) => {
  const readers = /stride-content:([\w-]+)\//.exec(id)?.[1];
  return readers ? `content-${readers}` : null;
};
const widgetChunk = (id: string) => {
  const widget = /\/src\/components\/([\w-]+)\//.exec(id.replace(/\\/g, '/'))?.[1];
  return widget ? `widget-${widget}` : null;
};
/**
 * The movement-figure renderer (its drawing, motion, geometry and styles) in a chunk of its own, so its
 * size is measured as built (scripts/sizes.mjs: "movement-figure renderer").
 */
const figureChunk = (id: string) =>
  /\/src\/components\/exercise-card\/(figure|figure\.styles|pose)\.ts$/.test(id.replace(/\\/g, '/')) ? 'figure' : null;
/** What every widget shares (base element, styles, the catalogue store), kept apart from any one widget. */
const sharedChunk = (id: string) =>
  /\/src\/(internal|styles)\/|\/src\/catalogue\/(store|merge)\.ts$/.test(id.replace(/\\/g, '/'))
    ? 'shared'
    : null;

/**
 * The loader's chunks: lit, the base element, the store and the UI strings
 * every widget reads in `shared.js`; each widget's code with its own part of
 * the catalogue in `<widget>.js`; each exercise in `exercise-<id>.js`; Lit's
 * hydration support, for pre-rendered pages only, in `hydrate.js`.
 */
const cdnShared = (id: string) => {
  const path = id.replace(/\\/g, '/');
  return (/stride-content:common\/|\/src\/catalogue\/levels\.ts$/.test(path) ||
    (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path) && !/private-ssr-support/.test(path)) ||
    sharedChunk(path)) &&
    !cdnControls(path)
    ? 'shared'
    : null;
};
/**
 * Shared code an exercise card never runs (stored state, form controls' styles, the directive helpers only some
 * widgets' directives use): a chunk of its own beside `shared.js`, so a page with only cards does not fetch it.
 */
const cdnControls = (id: string) =>
  /\/src\/internal\/storage\.ts$|\/src\/styles\/controls\.styles\.ts$|\/node_modules\/lit-html\/directive(-helpers)?\.js$/.test(
    id.replace(/\\/g, '/'),
  )
    ? 'controls'
    : null;
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Catalogue pieces not in a widget's chunk (those only `<stride-catalogue>` reads); each exercise is a chunk of its own, emitted by the catalogue plugin. */
const cdnContent = (id: string) => {
  const readers = /stride-content:([\w-]+)\//.exec(id)?.[1];
  return readers && !/^[a-z]+(-[a-z]+)+$/.test(readers) ? `content-${readers}` : null;
};
/** A widget's code, its part of the catalogue and the pieces only it reads: one chunk. */
const cdnWidget = (id: string) => {
  const part = /stride-part:(\w+)Part$/.exec(id)?.[1];
  if (part) return kebab(part);
  const readers = /stride-content:([\w-]+)\//.exec(id)?.[1];
  if (readers) return readers;
  return widgetChunk(id)?.replace(/^widget-/, '') ?? null;
};

const bareImports = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^zod($|\/)/,
  /^parse5($|\/)/,
  /^node:/,
];

export default defineConfig(({ mode }): UserConfig => {
  const common: UserConfig = {
    plugins: [cataloguePlugin({ emitSchema: mode === 'production' }), translationsPlugin({ emit: mode === 'production' }), minifyCssPlugin(), minifyHtmlPlugin()],
    json: { namedExports: true, stringify: false },
  };
  // Source maps are written beside the files for local debugging, but the files do not point at them
  // ('hidden'): the maps are about 1 MB, more than the package itself, so package.json `files` leaves them out.
  const build = { outDir: 'dist', emptyOutDir: false, target: 'es2022', minify: true, sourcemap: 'hidden' } as const;

  if (mode === 'bundle' || mode === 'iife') {
    const iife = mode === 'iife';
    return {
      ...common,
      define: {
        __STRIDE_BUNDLE_URL__: iife ? '(document.currentScript && document.currentScript.src)' : 'import.meta.url',
      },
      resolve: {
        alias: [
          {
            find: /^\.\/load-validator$/,
            replacement: fileURLToPath(new URL('./src/catalogue/load-validator.bundle.ts', import.meta.url)),
          },
          {
            find: /^\.\/load-timer$/,
            replacement: fileURLToPath(new URL('./src/components/exercise-card/load-timer.bundle.ts', import.meta.url)),
          },
        ],
      },
      build: {
        ...build,
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
        lib: {
          entry: 'src/bundle.ts',
          name: 'StrideWidgets',
          formats: [iife ? 'iife' : 'es'],
          fileName: () => (iife ? 'stride-widgets.iife.js' : 'stride-widgets.js'),
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      plugins: [cataloguePlugin({ emitSchema: false, lazyExercises: true }), minifyCssPlugin(), minifyHtmlPlugin()],
      json: common.json,
      build: {
        ...build,
        outDir: 'dist/cdn',
        emptyOutDir: true,
        lib: { entry: { loader: 'src/cdn/loader.ts' }, formats: ['es'] },
        rolldownOptions: {
          output: {
            minify: true,
            // Final files for the browser: the bundler's annotations (`/* @__PURE__ */`) help no one downstream.
            comments: false,
            // Unhashed names: the CDN path carries the version, and the loader stays short and readable.
            chunkFileNames: '[name].js',
            codeSplitting: {
              groups: [
                // What two or more chunks use; a module only one widget uses (the checker's dates, say) rides with it.
                { debugName: 'shared', name: cdnShared, priority: 4, minShareCount: 2 },
                { debugName: 'controls', name: cdnControls, priority: 3, minShareCount: 2 },
                { debugName: 'content', name: cdnContent, priority: 2 },
                { debugName: 'widgets', name: cdnWidget, priority: 1 },
              ],
            },
          },
        },
      },
    };
  }
  if (mode === 'validator') {
    return {
      ...common,
      build: {
        ...build,
        lib: { entry: 'src/catalogue/validate.ts', formats: ['es'], fileName: () => 'stride-widgets-validate.js' },
      },
    };
  }
  return {
    ...common,
    build: {
      ...build,
      emptyOutDir: true,
      lib: { entry: widgetEntries, formats: ['es'] },
      rolldownOptions: {
        external: bareImports,
        output: {
          // Vite leaves whitespace in ES library output; these files are for bundlers and CDNs alike, so minify fully.
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [
              // One chunk per catalogue section, so each entry loads only the content its widgets read.
              { debugName: 'catalogue sections', name: (id: string) => contentChunk(id), priority: 3 },
              // What the widgets share, claimed before any one widget's group can take it in.
              { debugName: 'shared', name: (id: string) => sharedChunk(id), priority: 2 },
              { debugName: 'figure', name: (id: string) => figureChunk(id), priority: 2 },
              // Each widget's code (and its `define` call) in a chunk named for it, so package.json
              // can list exactly the chunks with side effects: `chunks/widget-*.js`.
              { debugName: 'widgets', name: (id: string) => widgetChunk(id), priority: 1 },
            ],
          },
        },
      },
    },
  };
});
