import { css } from 'lit';
import { tokens } from './tokens.styles';

/** Host and element styles every widget shares: surface, type, focus, buttons, errors, motion, forced colours. */
export const sharedStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      color: var(--_text);
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    /*
     * The root element (see StrideElement.render) holds what the text needs, and is
     * the container for the widgets' container queries:
     * a page's "* { all: revert }" cancels every :host rule (the page's
     * rules win over :host), but cannot reach inside the shadow root. The
     * custom properties survive it ("all" leaves them alone).
     */
    .root {
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_text);
      background: var(--_surface);
      border-radius: var(--_radius);
      container-type: inline-size;
      overflow-wrap: anywhere;
      text-align: start;
    }
    :host([hidden]) {
      display: none;
    }
    /*
     * Only a pre-rendered widget has these styles before its tag is defined (in its declarative shadow root): it
     * has its content already, so it takes its own height, not the one stride-widgets.css reserves for a widget
     * its script has yet to draw (an important declaration of a shadow root wins over the page's).
     */
    :host(:not(:defined)) {
      min-height: auto !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    h1, h2, h3, h4, h5, h6 {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
      line-height: 1.25;
      font-weight: 700;
    }
    p, ul, ol, dl {
      margin: 0;
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 0;
      box-shadow: 0 0 0 5px var(--_text);
    }
    /* The outer box every widget draws: one place for its frame, spacing and main heading. */
    .widget {
      display: grid;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .widget--accent {
      border-block-start: 0.3em solid var(--_accent);
    }
    @container (max-width: 24em) {
      .widget {
        padding: var(--_space);
      }
    }
    .widget__heading {
      font-size: 1.5em;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: 0;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.4em;
      min-height: 2.75em;
      padding: 0.5em 1.1em;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      font: inherit;
      font-weight: 600;
      line-height: 1.2;
      cursor: pointer;
      background: var(--_accent);
      color: var(--_accent-contrast);
      box-shadow: 0 0.2em 0 color-mix(in srgb, var(--_accent) 60%, #000);
    }
    .button:active {
      transform: translateY(0.1em);
      box-shadow: none;
    }
    .button--secondary {
      background: var(--_surface);
      color: var(--_accent);
      border-color: var(--_accent);
      box-shadow: none;
    }
    .button:focus-visible {
      outline: 3px solid var(--_focus);
      box-shadow: 0 0 0 5px var(--_text);
    }
    .error {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.4em solid var(--_emergency);
      border-radius: var(--_radius);
    }
    .error__heading {
      font-weight: 700;
      margin-block-end: 0.25em;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media (forced-colors: active) {
      :host {
        border: 1px solid CanvasText;
      }
      .button {
        border-color: ButtonText;
      }
      :focus-visible,
      .button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
