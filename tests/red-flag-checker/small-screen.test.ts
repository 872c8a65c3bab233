import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/red-flag-checker/red-flag-checker';
import type { StrideRedFlagChecker } from '../../src/components/red-flag-checker/red-flag-checker.component';
import { shadow } from '../helpers/console';

/** Answers `question` "yes" by keyboard at 375 × 667 and returns where the radio and the result end up. */
async function answerYesByKeyboard(question: string) {
  const el = await fixture<StrideRedFlagChecker>(html`<stride-red-flag-checker emergency-number="999"></stride-red-flag-checker>`);
  await el.updateComplete;
  const radio = shadow(el).querySelector<HTMLInputElement>(`#${question}-yes`)!;
  radio.scrollIntoView({ block: 'center' });
  radio.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
  expect(el.result?.level).to.equal('emergency');
  expect(shadow(el).activeElement).to.equal(radio);
  return { radio: radio.getBoundingClientRect(), result: shadow(el).querySelector('[part="result"]')!.getBoundingClientRect() };
}

describe('<stride-red-flag-checker> on a small screen', () => {
  // Reduced motion makes every scroll instant, so where things end up can be read at once.
  beforeEach(async () => {
    await setViewport({ width: 375, height: 667 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('answering the last emergency question by keyboard keeps the focused radio on screen', async () => {
    const { radio } = await answerYesByKeyboard('serious-accident');
    expect(radio.top, 'radio top').to.be.at.least(0);
    expect(radio.bottom, 'radio bottom').to.be.at.most(innerHeight);
  });

  it('answering the first emergency question shows the top of the result and keeps the radio on screen', async () => {
    const { radio, result } = await answerYesByKeyboard('both-legs');
    expect(radio.top, 'radio top').to.be.at.least(0);
    expect(radio.bottom, 'radio bottom').to.be.at.most(innerHeight);
    expect(result.top, 'result top').to.be.within(0, innerHeight - 40);
  });
});
