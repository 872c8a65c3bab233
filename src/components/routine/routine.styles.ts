import { css } from 'lit';

export const styles = css`
  .routine {
    gap: calc(var(--_space) * 1.25);
  }
  .progress {
    display: grid;
    gap: 0.5em;
  }
  /* "Step 2 of 4", or the finished message: where focus goes. */
  .step-heading {
    font-size: 1.25em;
  }
  /* One bar a step: done and current filled. Decorative: the heading says "Step 2 of 4". */
  .progress__steps {
    display: flex;
    gap: 0.25em;
  }
  .progress__steps span {
    flex: 1;
    height: 0.5em;
    border-radius: 0.25em;
    background: var(--_border);
  }
  .progress__steps .done {
    background: var(--_accent);
  }
  .step {
    display: grid;
    gap: var(--_space);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  .nav .button {
    min-width: min(7em, 100%);
  }
  .button:disabled {
    cursor: default;
    opacity: 0.5;
    transform: none;
  }
  .complete {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: var(--_space);
    border-inline-start: 0.3em solid var(--_self-care);
    background: var(--_tint);
    color: var(--_text);
  }
  .sources-line {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .progress__steps span {
      border: 1px solid CanvasText;
    }
    .progress__steps .done {
      forced-color-adjust: none;
      background: Highlight;
    }
    .complete {
      border: 1px solid CanvasText;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
