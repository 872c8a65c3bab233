import { css } from 'lit';

/**
 * A safety note: a panel with an edge in the caution colour. The timer's (a
 * protocol's note), and the routine's, which shows a timer anyway: here, not in
 * `styles/`, so that a page with neither does not load it.
 */
export const safetyStyles = css`
  .safety {
    display: grid;
    gap: 0.4em;
    padding: 0.75em var(--_space);
    border-inline-start: 0.3em solid var(--_urgent);
    background: var(--_tint);
    color: var(--_text);
  }
  .safety__heading {
    font-size: 1.125em;
  }
  @media (forced-colors: active) {
    .safety {
      border: 1px solid CanvasText;
    }
  }
`;
