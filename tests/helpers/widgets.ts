import { fixture, html } from '@open-wc/testing';

/** One of each widget, as a page would embed them (import '../../src/index' first). */
export async function allWidgets(theme?: string): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <stride-exercise-card exercise="bird-dog" theme=${theme ?? ''}></stride-exercise-card>
    <stride-red-flag-checker theme=${theme ?? ''}></stride-red-flag-checker>
    <stride-form-cues theme=${theme ?? ''}></stride-form-cues>
    <stride-recovery-timer protocol="stretch-holds" theme=${theme ?? ''}></stride-recovery-timer>
    <stride-routine routine="runner-strength" theme=${theme ?? ''}></stride-routine>
  </div>`);
  const widgets = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
  for (const w of widgets) {
    if (!theme) w.removeAttribute('theme');
    await w.updateComplete;
  }
  return widgets;
}

/** Every element in the widget's shadow root that transitions or animates, named for a failure message. */
export function moving(widget: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of widget.shadowRoot?.querySelectorAll('*') ?? []) {
    const style = getComputedStyle(node);
    const durations = [style.transitionDuration, style.animationDuration].join(',').split(',');
    if (durations.some((d) => parseFloat(d) > 0)) found.push(`${widget.localName} .${node.className}`);
  }
  return found;
}
