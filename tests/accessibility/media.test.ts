import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index';
import { shadow } from '../helpers/console';
import { useMedia } from '../helpers/media';
import { allWidgets, moving } from '../helpers/widgets';

// The default launch: light and full motion. Dark and reduced motion are in
// media.dark.test.ts and media.reduced-motion.test.ts (their own launches).
describe('media preferences, across every widget (light, full motion)', () => {
  before(() => useMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('without reduced motion, the timer bar does move smoothly (so the reduced-motion check can fail)', async () => {
    const [, , , timer] = await allWidgets();
    const bar = shadow(timer).querySelector('[part="progress-bar"]')!;
    expect(parseFloat(getComputedStyle(bar).transitionDuration)).to.be.greaterThan(0);
    expect(moving(timer)).not.to.be.empty;
  });

  it('prefers-color-scheme: light paints every widget light, and theme="dark" overrides it', async () => {
    for (const widget of await allWidgets()) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(255, 255, 255)');
    }
    for (const widget of await allWidgets('dark')) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(27, 35, 40)');
    }
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
});
