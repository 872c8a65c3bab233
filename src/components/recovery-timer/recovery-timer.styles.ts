import { css } from 'lit';

export const styles = css`
  .timer {
    gap: calc(var(--_space) * 1.25);
  }
  .clock {
    display: grid;
    gap: 0.5em;
    justify-items: center;
    text-align: center;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_tint);
    color: var(--_text);
  }
  .phase {
    font-size: 1.25em;
    font-weight: 600;
    min-height: 1.5em;
  }
  .timer--rest .phase {
    color: var(--_muted);
  }
  .display {
    margin: 0;
    /* Big, but never wider than the widget: "15:00" fits 320 px at a 200% root font size. */
    font-size: min(4em, 22cqi);
    font-weight: 700;
    line-height: 1.1;
    /* Digits of equal width: the time does not jiggle as it counts down. */
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  .progress {
    justify-self: stretch;
    height: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    background: var(--_surface);
    overflow: hidden;
  }
  .progress__bar {
    height: 100%;
    width: calc(var(--_done, 0) * 100%);
    background: var(--_accent);
    transition: width 0.3s linear;
  }
  .timer--rest .progress__bar {
    background: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .controls .button {
    min-width: min(7em, 100%);
  }
  .safety__sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .progress__bar {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .progress {
      border-color: CanvasText;
      background: Canvas;
    }
    .progress__bar {
      forced-color-adjust: none;
      background: Highlight;
    }
    .clock {
      border: 1px solid CanvasText;
    }
  }
`;
