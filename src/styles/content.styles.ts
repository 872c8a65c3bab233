import { css } from 'lit';

/** Styles for the content pieces in `content.ts` (evidence badge, sources), shared by the card and the cues. */
export const contentStyles = css`
  .badge {
    display: inline-block;
    padding: 0.15em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    /* Wraps like any text: a long label in a big font must not push the page sideways. */
    max-width: 100%;
    background: var(--_surface);
    color: var(--_text);
  }
  .badge__label {
    font-weight: 400;
    color: var(--_muted);
  }
  .badge--guideline,
  .badge--research {
    border-color: var(--_self-care);
  }
  .badge--expert {
    border-color: var(--_accent);
  }
  .sources {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources .section__heading {
    font-size: 1em;
    color: var(--_text);
    margin-block-end: 0.25em;
  }
  .sources__evidence {
    margin-block-end: 0.5em;
  }
  .sources__list {
    padding-inline-start: 1.25em;
  }
  .sources__list li + li {
    margin-block-start: 0.25em;
  }
`;
