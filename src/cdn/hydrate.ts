/**
 * Lit's hydration support for the script-tag loader, in a chunk of its own
 * that the loader fetches only when the page holds a pre-rendered widget (an
 * element with a declarative shadow root): a page of client-rendered widgets
 * never pays for it.
 *
 * `@lit-labs/ssr-client` installs its hook (`globalThis.litElementHydrateSupport`)
 * for Lit's element class to call when it is made. By the time this chunk runs,
 * the loader's copy of Lit has been made already (the shared chunk this one
 * imports holds it), so the loader calls the hook instead, on that same class,
 * before it defines a tag: it patches `LitElement`'s prototype, which every
 * widget defined afterwards uses. Patching twice would render twice, so a
 * class that has it already is left as it is.
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrationInstalled } from '../internal/hydration';

declare global {
  var litElementHydrateSupport: ((lit: { LitElement: typeof LitElement }) => void) | undefined;
}

export function installHydration(): void {
  if (!hydrationInstalled()) globalThis.litElementHydrateSupport?.({ LitElement });
}
