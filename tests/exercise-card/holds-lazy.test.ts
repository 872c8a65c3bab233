/**
 * A page with only cards: the timer's code (and its part of the catalogue)
 * arrives on the first press of "Start the holds", never before. This file
 * must not import the timer, nor anything that does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import type { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import { catalogueInForce } from '../../src/catalogue/store';
import catalogue from '../../src/catalogue/catalogue.json';
import { captureWarnings, shadow, text } from '../helpers/console';

describe('<stride-exercise-card>: the timer loads on first press', () => {
  it('is not defined while the card is only read; pressing the button loads, defines and shows it, once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
      await el.updateComplete;
      expect(customElements.get('stride-recovery-timer'), 'no timer code yet').to.equal(undefined);
      expect(catalogueInForce().protocols, 'nor its protocols').to.equal(undefined);
      const b = shadow(el).querySelector<HTMLButtonElement>('[part~="timer-button"]')!;
      expect(text(b), 'the reference checks vouch for the protocol').to.equal(catalogue.ui.exerciseCard.startHolds);

      b.click();
      const defined = await customElements.whenDefined('stride-recovery-timer');
      for (let i = 0; i < 5 && !shadow(el).querySelector('stride-recovery-timer')?.shadowRoot?.activeElement; i++) {
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
      }
      const timer = shadow(el).querySelector('stride-recovery-timer')!;
      expect(timer).to.be.instanceOf(defined);
      expect(catalogueInForce().protocols?.map((p) => p.id)).to.include('mcgill-big-3');
      expect(text(timer.shadowRoot!.querySelector('[part="heading"]'))).to.equal('McGill big 3 holds');

      // A second card opens its timer with the code already here, and nothing warns of a second definition.
      const other = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="plank"></stride-exercise-card>`);
      shadow(other).querySelector<HTMLButtonElement>('[part~="timer-button"]')!.click();
      for (let i = 0; i < 5 && !shadow(other).querySelector('stride-recovery-timer'); i++) {
        await other.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
      }
      expect(shadow(other).querySelector('stride-recovery-timer')).to.be.instanceOf(defined);
      expect(customElements.get('stride-recovery-timer')).to.equal(defined);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
