/**
 * The script-tag bundles' stand-in for `load-validator.ts` (swapped in by
 * vite.config.ts): zod stays out of `stride-widgets(.iife).js` and is loaded,
 * only when a clinic catalogue is, from the sibling file
 * `stride-widgets-validate.js`.
 */

/**
 * Where this bundle was loaded from, set by vite.config.ts: `import.meta.url`
 * in the ES bundle; in the classic-script bundle (no `import.meta`), its
 * `<script>`'s src, read while the script first runs.
 */
declare const __STRIDE_BUNDLE_URL__: string | undefined;
const bundleUrl = __STRIDE_BUNDLE_URL__ || document.baseURI;

export const loadValidator = (): Promise<typeof import('./validate')> =>
  import(/* @vite-ignore */ new URL('./stride-widgets-validate.js', bundleUrl).href);
