import { css } from 'lit';

/**
 * The movement figure (figure.ts): drawn in the accent colour, far limbs
 * lighter, equipment and floor in the muted colour, on the card's tint. It
 * scales with the card, up to a width where it still reads as a picture. In
 * forced colours it is drawn in the user's text colour on their background.
 */
export const figureStyles = css`
  .figure {
    position: relative;
    max-width: 20em;
  }
  .figure__drawing {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    border-radius: var(--_radius);
    background: var(--_tint);
    color: var(--_accent);
    fill: none;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .figure__near,
  .figure__far {
    stroke-width: 5;
  }
  .figure__far {
    stroke-opacity: 0.65;
  }
  .figure__head {
    stroke-width: 14;
  }
  .figure__floor,
  .figure__equipment {
    fill: var(--_surface);
    stroke: var(--_muted);
  }
  /* Over the drawing's corner, so that its coming (after a pre-rendered page hydrates) or going moves nothing. */
  .figure__toggle {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
    min-width: 2.75em;
    padding: 0;
  }
  .figure__toggle svg {
    width: 1.25em;
    fill: currentColor;
  }
  @media (forced-colors: active) {
    .figure__drawing {
      forced-color-adjust: none;
      --_accent: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_tint: Canvas;
    }
  }
`;
