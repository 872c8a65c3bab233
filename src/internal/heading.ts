import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** What a widget's heading may carry. */
export interface HeadingAttributes {
  id?: string;
  part?: string;
  className?: string;
  /** A heading that receives focus (a result): `tabindex="-1"`. */
  focusable?: boolean;
}

/** A real `h1`–`h6` at `level`, or `depth` levels below it for sub-headings (at most `h6`). */
export function renderHeading(level: number, content: unknown, attrs: HeadingAttributes = {}, depth = 0): TemplateResult {
  const id = ifDefined(attrs.id);
  const part = ifDefined(attrs.part);
  const cls = ifDefined(attrs.className);
  // Headings that receive focus (a result) need tabindex="-1"; others must not have one.
  const tabindex = ifDefined(attrs.focusable ? '-1' : undefined);
  // One template per level: lit cannot bind a tag name, and static-html costs more bytes than this.
  switch (Math.min(level + depth, 6)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
