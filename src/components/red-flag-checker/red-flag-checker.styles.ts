import { css } from 'lit';
import { controlStyles } from '../../styles/controls.styles';

export const styles = [
  controlStyles,
  css`
  .disclaimer {
    padding: 0.75em var(--_space);
    border-inline-start: 0.3em solid var(--_border);
    background: var(--_tint);
    color: var(--_text);
    display: grid;
    gap: 0.5em;
  }
  .disclaimer > p:first-child {
    font-weight: 600;
  }
  .disclaimer__review {
    font-size: 0.9375em;
  }
  .form {
    display: grid;
    gap: var(--_space);
  }
  .group {
    display: grid;
    gap: var(--_space);
  }
  .group__heading {
    font-size: 1.125em;
    padding-block-start: 0.5em;
    border-block-start: 0.25em solid var(--_border);
  }
  .group[data-level='emergency'] > .group__heading {
    border-block-start-color: var(--_emergency);
  }
  .group[data-level='urgent'] > .group__heading {
    border-block-start-color: var(--_urgent);
  }
  .question {
    margin: 0;
    padding: 0 0 var(--_space);
    border: 0;
    border-block-end: 1px solid var(--_border);
    min-width: 0;
  }
  .question__legend {
    padding: 0;
    overflow-wrap: anywhere;
    font-weight: 600;
    font-size: 1.0625em;
    margin-block-end: 0.25em;
  }
  .question__hint {
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  .question--error {
    padding-inline-start: var(--_space);
    border-inline-start: 0.3em solid var(--_emergency);
  }
  .question__error {
    color: var(--_emergency);
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin-block-start: 0.5em;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .radio__input {
    /* Inputs default to their own small font, which would shrink these em sizes. */
    font-size: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    cursor: pointer;
  }
  .radio__label {
    cursor: pointer;
    padding-block: 0.25em;
  }
  .form__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .error-summary {
    padding: var(--_space);
    border: 0.25em solid var(--_emergency);
    border-radius: var(--_radius);
  }
  .error-summary__heading {
    font-size: 1.25em;
    margin-block-end: 0.5em;
  }
  .error-summary__list {
    padding-inline-start: 1.25em;
  }
  .error-summary__list a {
    color: var(--_emergency);
    font-weight: 700;
  }
  .result {
    --_level: var(--_self-care);
    border: 0.125em solid var(--_level);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .result--soon {
    --_level: var(--_soon);
    border-width: 0.1875em;
  }
  .result--urgent {
    --_level: var(--_urgent);
    border-width: 0.25em;
  }
  .result--emergency {
    --_level: var(--_emergency);
    border-width: 0.375em;
  }
  .result__header {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 0.75em var(--_space);
    background: var(--_level);
    color: var(--_surface);
  }
  .result__heading {
    /* Long words ("physiotherapist") must fit a phone-width card whole, or break at a hyphen. */
    font-size: 1.25em;
    hyphens: auto;
  }
  .result__heading:focus {
    outline: none;
  }
  .result__heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .result__icon {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    border: 0.15em solid currentColor;
    font-weight: 800;
  }
  .result__body {
    padding: var(--_space);
    display: grid;
    gap: 0.75em;
  }
  .result__actions {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.4em;
  }
  .result__actions li:first-child {
    font-weight: 700;
    font-size: 1.125em;
  }
  .result__safety-net {
    padding: 0.75em var(--_space);
    border-inline-start: 0.3em solid var(--_emergency);
    background: var(--_tint);
    color: var(--_text);
  }
  .result__safety-net ul {
    padding-inline-start: 1.25em;
    margin-block: 0.4em;
  }
  .result__safety-net-intro {
    font-weight: 700;
  }
  .result__reasons-heading {
    font-weight: 700;
  }
  .result__reasons {
    padding-inline-start: 1.25em;
  }
  .result__sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .result__header {
      border-block-end: 1px solid CanvasText;
    }
  }
`,
];
