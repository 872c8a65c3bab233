import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/red-flag-checker/red-flag-checker';
import type { StrideRedFlagChecker } from '../../src/components/red-flag-checker/red-flag-checker.component';
import { shadow } from '../helpers/console';
import { pressKey } from '../helpers/keys';
import { useMedia } from '../helpers/media';

/**
 * Answers `question` "yes" by keyboard in a phone-sized scrolling box (375 × 667 px: a box rather
 * than the window, because not every driver can resize the window)
 * and returns where the radio and the result end up, relative to the box.
 */
async function answerYesByKeyboard(question: string) {
  const screen = await fixture<HTMLDivElement>(html`
    <div style="position: fixed; inset: 0 auto auto 0; width: 375px; height: 667px; overflow: auto">
      <stride-red-flag-checker emergency-number="999"></stride-red-flag-checker>
    </div>
  `);
  const el = screen.querySelector<StrideRedFlagChecker>('stride-red-flag-checker')!;
  await el.updateComplete;
  const radio = shadow(el).querySelector<HTMLInputElement>(`#${question}-yes`)!;
  radio.scrollIntoView({ block: 'center' });
  radio.focus();
  await pressKey(' ');
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  expect(el.result?.level).to.equal('emergency');
  expect(shadow(el).activeElement).to.equal(radio);
  const box = screen.getBoundingClientRect();
  const where = (r: DOMRect) => ({ top: r.top - box.top, bottom: r.bottom - box.top, height: box.height });
  return { radio: where(radio.getBoundingClientRect()), result: where(shadow(el).querySelector('[part="result"]')!.getBoundingClientRect()) };
}

// Runs in a reduced-motion launch (see web-test-runner.config.mjs): every scroll is instant, so
// where things end up can be read at once, and the old smooth scroll to the result would fail here.
describe('<stride-red-flag-checker> on a small screen (reduced motion)', () => {
  before(() => useMedia({ reducedMotion: 'reduce' }));

  it('answering the last emergency question by keyboard keeps the focused radio on screen', async () => {
    const { radio } = await answerYesByKeyboard('serious-accident');
    expect(radio.top, 'radio top').to.be.at.least(0);
    expect(radio.bottom, 'radio bottom').to.be.at.most(radio.height + 1); // sub-pixel rounding
  });

  it('answering the first emergency question shows as much of the result as fits above the radio, and the radio', async () => {
    const { radio, result } = await answerYesByKeyboard('both-legs');
    expect(radio.top, 'radio top').to.be.at.least(0);
    expect(radio.bottom, 'radio bottom').to.be.at.most(radio.height + 1); // sub-pixel rounding
    // The result sits above the questions: either all of it is on screen, or the screen ends with the radio.
    expect(result.bottom, 'result bottom').to.be.within(40, result.height);
    if (result.top < 0) expect(radio.bottom, 'radio at the bottom edge').to.be.closeTo(radio.height, 1);
  });
});
