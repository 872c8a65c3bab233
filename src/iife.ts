/**
 * Types for `stride-widgets/iife` (`dist/stride-widgets.iife.js`): a classic
 * script with no exports, which defines every element and sets
 * `window.StrideWidgets`, the same API as the ES module's named exports.
 * Types only: no bundle includes this module.
 */
import type * as StrideWidgetsApi from './index';

declare global {
  // `var`, so both `StrideWidgets.loadCatalogue(…)` and `window.StrideWidgets` are typed.
  var StrideWidgets: typeof StrideWidgetsApi;
}

export {};
