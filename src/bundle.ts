/**
 * The script-tag bundles (`dist/stride-widgets.js` and `dist/stride-widgets.iife.js`):
 * the whole library, able to hydrate pre-rendered elements (`stride-widgets/ssr`).
 * Lit's hydration support must run before Lit's element class is made, so it
 * is imported first. The npm entries leave it out: a host app that renders
 * on the server imports it first in its own entry (see the README).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index';
