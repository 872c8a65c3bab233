import { css } from 'lit';
import { contentStyles } from '../../styles/content.styles';
import { controlStyles } from '../../styles/controls.styles';

export const styles = [
  contentStyles,
  controlStyles,
  css`
    .cues {
      gap: calc(var(--_space) * 1.25);
    }
    .cues__header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25em 1em;
    }
    .progress {
      font-weight: 600;
      color: var(--_muted);
    }
    .groups {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .group__heading {
      font-size: 1.125em;
      margin-block-end: 0.25em;
    }
    .group__list {
      list-style: none;
      padding: 0;
    }
    .cue {
      display: grid;
      grid-template-columns: 1.5em minmax(0, 1fr);
      column-gap: 0.75em;
      row-gap: 0.25em;
      padding: 0.75em 0.5em;
      border-block-end: 1px solid var(--_border);
      border-inline-start: 0.25em solid transparent;
    }
    .cue--ticked {
      background: var(--_tint);
      color: var(--_text);
      border-inline-start-color: var(--_accent);
    }
    .cue__checkbox {
      grid-column: 1;
      /* Inputs have their own small font size: without this, 1.5em would be about 20px, not 24px. */
      font-size: inherit;
      width: 1.5em;
      height: 1.5em;
      margin: 0.125em 0 0;
      cursor: pointer;
    }
    .cue__label {
      grid-column: 2;
      align-self: center;
      font-weight: 600;
      font-size: 1.0625em;
      cursor: pointer;
    }
    .cue__more {
      grid-column: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 1em;
    }
    .why[open] {
      flex-basis: 100%;
    }
    .why__summary {
      display: inline-block;
      padding-block: 0.5em;
      cursor: pointer;
      color: var(--_accent);
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .why__summary::before {
      content: '▸';
      /* Decorative: no name for screen readers where the alt-text syntax is supported. */
      content: '▸' / '';
      display: inline-block;
      margin-inline-end: 0.35em;
      text-decoration: none;
      transition: transform 0.15s ease;
    }
    .why[open] .why__summary::before {
      transform: rotate(90deg);
    }
    .why__summary::-webkit-details-marker {
      display: none;
    }
    .why__text {
      padding: 0.5em 0 0.25em var(--_space);
      border-inline-start: 0.2em solid var(--_border);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em var(--_space);
    }
    .note,
    .sources-line {
      font-size: 0.875em;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      .cue--ticked {
        border-inline-start-color: Highlight;
      }
    }
  `,
];
