import { css } from 'lit';
import { contentStyles } from '../../styles/content.styles';
import { figureStyles } from './figure.styles';

export const styles = [
  contentStyles,
  figureStyles,
  css`
    .card__header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em 1em;
    }
    .card__target {
      color: var(--_muted);
      margin-block-start: calc(var(--_space) * -0.5);
    }
    .label {
      font-weight: 600;
    }
    .card__purpose {
      font-size: 1.125em;
    }
    .dosage {
      padding: var(--_space);
      background: var(--_tint);
      color: var(--_text);
      border-inline-start: 0.3em solid var(--_accent);
      border-radius: var(--_radius);
    }
    .dosage__heading {
      font-weight: 700;
    }
    .dosage__amount {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.5em;
      font-size: 1.125em;
      font-weight: 600;
    }
    .dosage__amount li:not(:last-child)::after {
      content: '·';
      margin-inline-start: 0.5em;
      color: var(--_muted);
    }
    .dosage__frequency,
    .dosage__note {
      color: var(--_text);
    }
    .dosage__note {
      font-size: 0.875em;
      margin-block-start: 0.25em;
    }
    .holds {
      display: grid;
      gap: var(--_space);
      justify-items: start;
    }
    .holds stride-recovery-timer {
      justify-self: stretch;
    }
    /* A section of the card: its heading smaller than the card's own. */
    .holds stride-recovery-timer::part(heading) {
      font-size: 1.25em;
    }
    .holds .button[aria-disabled='true'] {
      cursor: progress;
    }
    .section__heading {
      font-size: 1.125em;
      margin-block-end: 0.5em;
    }
    .steps {
      list-style: none;
      padding: 0;
      counter-reset: step;
      display: grid;
      gap: 0.75em;
    }
    .steps li {
      counter-increment: step;
      position: relative;
      padding-inline-start: 2.5em;
      min-height: 1.75em;
    }
    .steps li::before {
      content: counter(step);
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: -0.1em;
      width: 1.75em;
      height: 1.75em;
      border-radius: 50%;
      display: grid;
      place-items: center;
      font-weight: 700;
      font-size: 0.9em;
      background: var(--_accent);
      color: var(--_accent-contrast);
    }
    .pair {
      display: grid;
      gap: var(--_space);
    }
    @container (min-width: 34em) {
      .pair {
        grid-template-columns: 1fr 1fr;
      }
    }
    .list ul {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.4em;
    }
    .list li {
      position: relative;
      padding-inline-start: 1.6em;
    }
    .list li::before {
      position: absolute;
      inset-inline-start: 0;
      font-weight: 700;
    }
    .list--tips li::before {
      content: '✓';
      color: var(--_self-care);
    }
    .list--mistakes li::before {
      content: '✗';
      color: var(--_emergency);
    }
    .variations {
      display: grid;
      gap: 0.75em;
    }
    .variation dt {
      font-weight: 600;
    }
    .variation dd {
      margin: 0;
    }
    .variation__label {
      display: inline-block;
      min-width: 4.5em;
      font-size: 0.8125em;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
    }
    .caution {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 0.4em solid var(--_urgent);
      border-radius: var(--_radius);
    }
    .caution__heading {
      font-weight: 700;
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .caution__icon {
      display: inline-grid;
      place-items: center;
      width: 1.4em;
      height: 1.4em;
      border-radius: 50%;
      background: var(--_urgent);
      color: var(--_surface);
      font-size: 0.875em;
    }
    .caution p + p {
      margin-block-start: 0.5em;
    }
    .disclosure .caution {
      margin-block-start: 0.75em;
    }
    .disclosure summary {
      cursor: pointer;
      color: var(--_accent);
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      padding-block: 0.25em;
    }
    .disclosure[open] summary {
      margin-block-end: 0.75em;
    }
    @media (forced-colors: active) {
      .steps li::before {
        border: 1px solid CanvasText;
      }
    }
  `,
];
