import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import type { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import { resetCatalogue } from '../../src/catalogue/store';
import { shadow } from '../helpers/console';
import { drawn, expectedDrawing, fakeFrames, sampleFigures, useSampleFigures } from '../helpers/figures';
import { useMedia } from '../helpers/media';

// Runs in a reduced-motion launch (see web-test-runner.config.mjs); figure.test.ts shows the same figures move without it.
describe('<stride-exercise-card> movement figure (reduced motion)', () => {
  let frames: ReturnType<typeof fakeFrames>;
  before(() => useMedia({ reducedMotion: 'reduce' }));
  afterEach(() => {
    fixtureCleanup();
    resetCatalogue();
    frames.restore();
  });

  for (const [id, key] of [
    ['bird-dog', 1],
    ['bird-dog', 0],
    ['glute-bridge', 1],
  ] as const) {
    it(`${id} shows pose ${key} (its key pose) still, with no pause button and no frame asked for`, async () => {
      await useSampleFigures({ [id]: { key } });
      frames = fakeFrames();
      const el = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise=${id}></stride-exercise-card>`);
      await el.updateComplete;
      await new Promise((done) => setTimeout(done, 100));
      expect(drawn(shadow(el).querySelector('[part="figure"]')!)).to.deep.equal(expectedDrawing(sampleFigures[id].poses[key]));
      expect(shadow(el).querySelector('.figure__toggle')).to.equal(null);
      expect(frames.requested).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }
});
