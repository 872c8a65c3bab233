import { css } from 'lit';

/**
 * The movement figure (figure.ts): drawn in the accent colour, far limbs
 * lighter, equipment and floor in the muted colour, on the card's tint. It
 * scales with the card, up to a width where it still reads as a picture (a
 * grid item, so the SVG is a block). In forced colours it is drawn in the
 * user's text colour on their background, far limbs a mix of the two.
 */
export const figureStyles = css`
  .figure {
    display: grid;
    justify-items: start;
    gap: 0.5em;
  }
  .figure__drawing {
    width: 100%;
    max-width: 20em;
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
    stroke: color-mix(in srgb, var(--_accent) 65%, var(--_surface));
  }
  .figure__head {
    fill: currentColor;
    stroke: none;
  }
  .figure__floor,
  .figure__equipment {
    fill: var(--_surface);
    stroke: var(--_muted);
  }
  @media print {
    .figure__toggle {
      display: none;
    }
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
