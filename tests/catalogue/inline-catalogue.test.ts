import { expect, fixture } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import '../../src/components/catalogue/catalogue';
import type { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow, text } from '../helpers/console';

/** The inline form `stride-widgets/ssr` writes: the clinic catalogue as a JSON script, before the widgets. */
const inline = (json: string, mode = 'merge') =>
  `<stride-catalogue mode="${mode}" hidden><script type="application/json">${json}</script></stride-catalogue>`;
const renamed = JSON.stringify({ ui: { exerciseCard: { stepsHeading: 'Clinic steps' } } });
/** The card's sub-headings (h4 at the default heading level). */
const headings = (card: Element) => [...shadow(card).querySelectorAll('h4')].map((h) => text(h));

describe('an inline catalogue (pre-rendered pages)', () => {
  afterEach(() => resetCatalogue());

  it('is applied before the first render of a widget that connects after it', async () => {
    const page = await fixture(`<div>${inline(renamed)}<stride-exercise-card exercise="bird-dog"></stride-exercise-card></div>`);
    const card = page.querySelector('stride-exercise-card') as StrideExerciseCard;
    // The first render already has it: nothing to wait for but that render.
    await card.updateComplete;
    expect(headings(card)).to.include('Clinic steps');
  });

  it('added to the page later is applied to the widgets already there', async () => {
    const page = await fixture(`<div><stride-exercise-card exercise="bird-dog"></stride-exercise-card></div>`);
    const card = page.querySelector('stride-exercise-card') as StrideExerciseCard;
    await card.updateComplete;
    expect(headings(card)).to.not.include('Clinic steps').and.not.be.empty;
    page.insertAdjacentHTML('afterbegin', inline(renamed));
    await card.updateComplete;
    expect(headings(card)).to.include('Clinic steps');
  });

  it('that is not JSON is not applied, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const page = await fixture(`<div>${inline('{ not json')}<stride-exercise-card exercise="bird-dog"></stride-exercise-card></div>`);
      const card = page.querySelector('stride-exercise-card') as StrideExerciseCard;
      await card.updateComplete;
      expect(headings(card)).to.not.include('Clinic steps').and.not.be.empty;
      expect(warnings.messages.filter((m) => m.includes('inline catalogue is not JSON'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
