import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index';
import { captureWarnings, shadow } from '../helpers/console';

/** One of each widget, as a page would embed them. */
async function allWidgets(theme?: string): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <stride-exercise-card exercise="bird-dog" theme=${theme ?? ''}></stride-exercise-card>
    <stride-red-flag-checker theme=${theme ?? ''}></stride-red-flag-checker>
    <stride-form-cues theme=${theme ?? ''}></stride-form-cues>
    <stride-recovery-timer protocol="stretch-holds" theme=${theme ?? ''}></stride-recovery-timer>
  </div>`);
  const widgets = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
  for (const w of widgets) {
    if (!theme) w.removeAttribute('theme');
    await w.updateComplete;
  }
  return widgets;
}

describe('media preferences, across every widget', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('prefers-reduced-motion: nothing transitions or animates', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const moving: string[] = [];
    for (const widget of await allWidgets()) {
      for (const node of shadow(widget).querySelectorAll('*')) {
        const style = getComputedStyle(node);
        const durations = [style.transitionDuration, style.animationDuration].join(',').split(',');
        if (durations.some((d) => parseFloat(d) > 0)) moving.push(`${widget.localName} .${node.className}`);
      }
    }
    expect(moving).to.deep.equal([]);
  });

  it('without reduced motion, the timer bar does move smoothly (so the check above can fail)', async () => {
    const [, , , timer] = await allWidgets();
    const bar = shadow(timer).querySelector('[part="progress-bar"]')!;
    expect(parseFloat(getComputedStyle(bar).transitionDuration)).to.be.greaterThan(0);
  });

  it('prefers-color-scheme: dark paints every widget dark, and theme="light" overrides it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const widget of await allWidgets()) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(27, 35, 40)');
    }
    for (const widget of await allWidgets('light')) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(255, 255, 255)');
    }
  });

  it('every widget is accessible in the dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const widget of await allWidgets()) await expect(widget).to.be.accessible();
  });

  it('focus rings use --stride-color-focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--stride-color-focus: rgb(255, 0, 255)"><stride-form-cues></stride-form-cues></div>`,
    );
    const cues = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await cues.updateComplete;
    const button = shadow(cues).querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    button.focus();
    expect(button.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(button).outlineColor).to.equal('rgb(255, 0, 255)');
  });

  it('primary buttons use --stride-color-accent and --stride-color-accent-contrast', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      style="--stride-color-accent: rgb(10, 20, 30); --stride-color-accent-contrast: rgb(250, 240, 230)"
    >
      <stride-red-flag-checker></stride-red-flag-checker>
    </div>`);
    const checker = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await checker.updateComplete;
    const submit = shadow(checker).querySelector('[part="submit-button"]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(submit).color).to.equal('rgb(250, 240, 230)');
  });

  it('an unknown theme is ignored with one warning per widget, and the widget still renders in the page scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const warnings = captureWarnings();
    try {
      const widgets = await allWidgets('purple');
      for (const widget of widgets) {
        expect(shadow(widget).querySelector('[part="error"]'), widget.localName).to.equal(null);
        expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(27, 35, 40)');
        const mine = warnings.messages.filter((m) => m.startsWith(`<${widget.localName}>`));
        expect(mine, widget.localName).to.have.length(1);
        expect(mine[0]).to.contain('theme').and.contain('purple');
      }
    } finally {
      warnings.restore();
    }
  });
});
