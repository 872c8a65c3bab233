import { LitElement } from 'lit';

/**
 * Whether Lit's hydration support (`@lit-labs/ssr-client`) is installed on
 * this copy's element class: it gives the class an `observedAttributes` of its
 * own (adding `defer-hydration`), which Lit's class otherwise inherits.
 */
export const hydrationInstalled = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');
