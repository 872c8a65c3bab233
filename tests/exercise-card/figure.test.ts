import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render, type ReactiveController } from 'lit';
import '../../src/components/exercise-card/exercise-card';
import type { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import { figureMotion, poseAt } from '../../src/components/exercise-card/figure';
import { between, FIGURE_HEIGHT, FIGURE_WIDTH, FLOOR_Y, LENGTHS } from '../../src/components/exercise-card/pose';
import catalogue from '../../src/catalogue/catalogue.json';
import es from '../../src/catalogues/es.json';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import type { Figure } from '../../src/catalogue/schema';
import { shadow, text } from '../helpers/console';
import { drawn, expectedDrawing, fakeFrames, sampleFigures, useSampleFigures } from '../helpers/figures';
import { pressKey } from '../helpers/keys';
import { useMedia } from '../helpers/media';

const t = catalogue.ui.exerciseCard;
const bird = sampleFigures['bird-dog'];

async function card(template: ReturnType<typeof html>): Promise<StrideExerciseCard> {
  const el = await fixture<StrideExerciseCard>(template);
  await el.updateComplete;
  return el;
}
const figureOf = (el: Element) => shadow(el).querySelector('[part="figure"]')!;
const toggleOf = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('.figure__toggle');
const sine = (x: number) => (1 - Math.cos(Math.PI * x)) / 2;

/** Asserts the figure draws `pose`, within the 0.1 unit it is drawn to. */
function expectPose(el: Element, pose: readonly number[], message?: string): void {
  const want = expectedDrawing(pose);
  const got = drawn(figureOf(el));
  const close = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 0.11);
  expect(
    got.length === want.length && got.every((line, i) => close(line, want[i])),
    `${message ?? 'pose'}: drew ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
  ).to.equal(true);
}

describe('<stride-exercise-card> movement figure', () => {
  // The default launch moves; figure.reduced-motion.test.ts has the still figures.
  before(() => useMedia({ reducedMotion: 'no-preference' }));
  // Cards first: a card left on the page would re-render, and warn, for an exercise the reset takes away.
  afterEach(() => {
    fixtureCleanup();
    resetCatalogue();
  });

  describe('drawing', () => {
    beforeEach(() => useSampleFigures());

    it('is an image named by the catalogue, after the purpose and before the dosage, in full and compact cards', async () => {
      for (const compact of [false, true]) {
        const el = await card(html`<stride-exercise-card exercise="bird-dog" ?compact=${compact}></stride-exercise-card>`);
        const svg = figureOf(el);
        expect(svg.localName).to.equal('svg');
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')).to.equal(bird.alt);
        expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${FIGURE_WIDTH} ${FIGURE_HEIGHT}`);
        // The head: a line of no length, its round caps a circle of the head's size.
        expect(getComputedStyle(svg.querySelector('.figure__head')!).strokeWidth).to.equal(`${2 * LENGTHS.headRadius}px`);
        expect(getComputedStyle(svg.querySelector('.figure__head')!).strokeLinecap).to.equal('round');
        const order = [...shadow(el).querySelectorAll('.card__purpose, [part="figure"], [part="dosage"], [part="steps"]')];
        expect(order.map((n) => n.getAttribute('part') ?? n.className)).to.deep.equal(['card__purpose', 'figure', 'dosage', 'steps']);
      }
    });

    it('draws every pose of every sample figure where its joints are: far limbs, trunk, head, near limbs', async () => {
      for (const [id, figure] of Object.entries(sampleFigures)) {
        for (const [key, pose] of figure.poses.entries()) {
          resetCatalogue();
          await useSampleFigures({ [id]: { key } });
          const el = await card(html`<stride-exercise-card exercise=${id}></stride-exercise-card>`);
          expectPose(el, pose, `${id} pose ${key}`);
          const classes = [...figureOf(el).querySelectorAll('polyline')].map((n) => n.getAttribute('class'));
          expect(classes).to.deep.equal(['figure__far', 'figure__far', 'figure__near', 'figure__head', 'figure__near', 'figure__near']);
        }
      }
    });

    it('draws the floor and each piece of equipment in its box', async () => {
      await loadCatalogue({
        exercises: [
          {
            ...catalogue.exercises.find((e) => e.id === 'squat'),
            figure: {
              ...bird,
              equipment: ['mat', 'step', 'bench', 'chair', 'bar', 'wall'].map((kind, i) => ({ kind, x: 20 * i, y: 60, w: 16, h: 40 })),
            },
          },
        ],
      });
      const el = await card(html`<stride-exercise-card exercise="squat"></stride-exercise-card>`);
      const floor = figureOf(el).querySelector('.figure__floor')!;
      expect(['x1', 'y1', 'x2', 'y2'].map((a) => floor.getAttribute(a))).to.deep.equal(['0', FLOOR_Y, FIGURE_WIDTH, FLOOR_Y].map(String));
      const shapes = [...figureOf(el).querySelectorAll('.figure__equipment')];
      expect(shapes.map((shape) => shape.localName)).to.deep.equal(Array(6).fill('rect'));
      for (const [i, shape] of shapes.entries()) {
        const box = (shape as SVGGraphicsElement).getBBox();
        expect([box.x, box.y, box.width, box.height], `equipment ${i}`).to.deep.equal([20 * i, 60, 16, 40]);
      }
      // Mats and bars have rounded ends; the rest are boxes.
      expect(shapes.map((shape) => shape.getAttribute('rx'))).to.deep.equal(['8', '1', '1', '1', '8', '1']);
    });

    it('an exercise without a figure draws none', async () => {
      const { figure: _none, ...plain } = catalogue.exercises.find((e) => e.id === 'squat') as Record<string, unknown>;
      await loadCatalogue({ exercises: [{ ...plain, id: 'clinic-squat' }] });
      const el = await card(html`<stride-exercise-card exercise="clinic-squat"></stride-exercise-card>`);
      expect(shadow(el).querySelector('[part="figure"], .figure')).to.equal(null);
    });

    it('uses the theme: accent lines, lighter far limbs, muted floor, on the tint', async () => {
      const el = await card(html`<stride-exercise-card exercise="bird-dog" theme="light"></stride-exercise-card>`);
      const svg = figureOf(el);
      const near = svg.querySelector('.figure__near')!;
      const far = svg.querySelector('.figure__far')!;
      expect(getComputedStyle(near).stroke).to.equal('rgb(0, 94, 184)');
      expect(Number(getComputedStyle(far).strokeOpacity)).to.be.lessThan(1);
      expect(getComputedStyle(far).stroke).to.equal(getComputedStyle(near).stroke);
      expect(getComputedStyle(near).strokeLinecap).to.equal('round');
      expect(getComputedStyle(svg.querySelector('.figure__floor')!).stroke).to.equal('rgb(76, 98, 114)');
      el.style.setProperty('--stride-color-accent', 'rgb(10, 120, 20)');
      expect(getComputedStyle(near).stroke).to.equal('rgb(10, 120, 20)');
      expect(svg.querySelector('[style]')).to.equal(null);
    });
  });

  describe('motion', () => {
    let frames: ReturnType<typeof fakeFrames>;
    beforeEach(async () => {
      await useSampleFigures();
      frames = fakeFrames();
    });
    afterEach(() => frames.restore());

    /** A card whose figure has started moving (on screen: its first frame is queued). */
    async function movingCard(id = 'bird-dog'): Promise<StrideExerciseCard> {
      const el = await card(html`<stride-exercise-card exercise=${id}></stride-exercise-card>`);
      await waitUntil(() => frames.pending > 0, 'the figure asks for a frame once on screen');
      frames.frame();
      return el;
    }

    it('holds the key pose, moves eased to the next pose, holds it and comes back (ping-pong)', async () => {
      const el = await movingCard();
      const [first, last] = bird.poses;
      // Starts at the key pose (the last), whose hold (1 s) comes first.
      frames.advance(500);
      expectPose(el, last, 'holding the key pose');
      frames.advance(1250); // 1 s hold, then half of the 1.5 s move
      expectPose(el, between(last, first, 0.5), 'half way back');
      frames.advance(750 + 500);
      expectPose(el, first, 'holding the first pose');
      frames.advance(500 + 375); // a quarter of the way: eased, so less than a quarter of the distance
      expectPose(el, between(first, last, sine(0.25)), 'a quarter of the way out');
      frames.advance(1125);
      expectPose(el, last, 'back at the key pose');
    });

    it('keeps the figure\'s own timing: seconds per move and hold at each pose', async () => {
      const bridge = sampleFigures['glute-bridge'];
      const el = await movingCard('glute-bridge');
      frames.advance(1900);
      expectPose(el, bridge.poses[1], 'still in the 2 s hold');
      frames.advance(100 + 250);
      expectPose(el, between(bridge.poses[1], bridge.poses[0], sine(0.25)), 'a quarter of the 1 s move');
    });

    it('poseAt goes through three poses and back', () => {
      const figure: Figure = { alt: 'a', poses: [[1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]], key: 0, hold: 0, seconds: 1 };
      expect([0, 1000, 2000, 3000, 4000, 500, 2500].map((ms) => poseAt(figure, ms)[0])).to.deep.equal([1, 2, 3, 2, 1, 1.5, 2.5]);
    });

    it('pause stops the figure where it is, and play sets it moving again, from the keyboard', async () => {
      const el = await movingCard();
      frames.advance(1500);
      const button = toggleOf(el)!;
      expect(text(button)).to.equal(t.pauseFigure);
      expect(button.localName).to.equal('button');
      button.focus();
      await pressKey('Enter');
      await el.updateComplete;
      expect(text(toggleOf(el))).to.equal(t.playFigure);
      expect(shadow(el).activeElement, 'focus stays on the button').to.equal(toggleOf(el));
      expect(frames.pending).to.equal(0);
      const paused = drawn(figureOf(el));
      frames.advance(3000);
      expect(drawn(figureOf(el))).to.deep.equal(paused);
      await pressKey(' ');
      await el.updateComplete;
      expect(text(toggleOf(el))).to.equal(t.pauseFigure);
      expect(frames.pending).to.equal(1);
      frames.advance(300);
      expect(drawn(figureOf(el))).to.not.deep.equal(paused);
    });

    it('leaves nothing running once removed, and moves again when put back', async () => {
      const el = await movingCard();
      frames.advance(1200);
      const parent = el.parentElement!;
      el.remove();
      expect(frames.pending, 'no frame queued after removal').to.equal(0);
      const requested = frames.requested;
      frames.advance(2000);
      expect(frames.requested).to.equal(requested);
      parent.append(el);
      await waitUntil(() => frames.pending > 0, 'moves again once back on the page');
    });

    it('runs only while on screen', async () => {
      // Below the fold: a margin, set by the test page (the card itself writes no style attribute).
      const el = await card(html`<stride-exercise-card exercise="bird-dog" style="margin-top: 300vh"></stride-exercise-card>`);
      await new Promise((done) => setTimeout(done, 100));
      expect(frames.pending, 'no frame while below the fold').to.equal(0);
      el.scrollIntoView();
      await waitUntil(() => frames.pending > 0, 'starts when scrolled into view');
      window.scrollTo(0, 0);
      await waitUntil(() => frames.pending === 0, 'stops when scrolled away');
    });

    it('a figure of one pose starts nothing and has no pause button', async () => {
      const observers: unknown[] = [];
      const RealObserver = window.IntersectionObserver;
      window.IntersectionObserver = class extends RealObserver {
        constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
          super(...args);
          observers.push(this);
        }
      };
      try {
        const el = await card(html`<stride-exercise-card exercise="plank"></stride-exercise-card>`);
        await new Promise((done) => setTimeout(done, 50));
        expect(figureOf(el).getAttribute('aria-label')).to.equal(sampleFigures.plank.alt);
        expectPose(el, sampleFigures.plank.poses[0]);
        expect(toggleOf(el)).to.equal(null);
        expect(frames.requested).to.equal(0);
        expect(observers).to.have.length(0);
      } finally {
        window.IntersectionObserver = RealObserver;
      }
    });

    it('a new exercise starts at its own key pose; one without a figure stops the frames', async () => {
      const el = await movingCard();
      frames.advance(1800);
      el.exercise = 'glute-bridge';
      await el.updateComplete;
      expectPose(el, sampleFigures['glute-bridge'].poses[1], 'the bridge at its key pose');
      await waitUntil(() => frames.pending > 0);
      el.exercise = 'curl-up';
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="figure"]')).to.equal(null);
      expect(frames.pending).to.equal(0);
    });

    describe('reduced motion and print (the media change while it runs)', () => {
      let matches = false;
      let media: EventTarget;
      const realMatchMedia = window.matchMedia;
      beforeEach(() => {
        matches = false;
        media = new EventTarget();
        Object.defineProperty(media, 'matches', { get: () => matches });
        window.matchMedia = (query: string) =>
          (query.includes('prefers-reduced-motion') && query.includes('print') ? media : realMatchMedia.call(window, query)) as MediaQueryList;
      });
      afterEach(() => (window.matchMedia = realMatchMedia));

      it('goes back to the key pose and stops, with no pause button; moves again when the preference goes', async () => {
        const el = await movingCard();
        frames.advance(1750);
        expect(drawn(figureOf(el))).to.not.deep.equal(expectedDrawing(bird.poses[1]));
        matches = true;
        media.dispatchEvent(new Event('change'));
        expectPose(el, bird.poses[1], 'the key pose at once (before the print snapshot)');
        expect(frames.pending).to.equal(0);
        await el.updateComplete;
        expect(toggleOf(el)).to.equal(null);
        matches = false;
        media.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(toggleOf(el)).to.not.equal(null);
        expect(frames.pending).to.equal(1);
      });

      it('a card removed while still stops listening for the media', async () => {
        matches = true;
        const el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
        expect(toggleOf(el)).to.equal(null);
        el.remove();
        matches = false;
        media.dispatchEvent(new Event('change'));
        expect(el.isUpdatePending, 'the change reached no removed card').to.equal(false);
        expect(frames.requested).to.equal(0);
      });
    });

    it('is accessible: moving, paused, and in a compact card', async () => {
      const el = await movingCard();
      await expect(el).to.be.accessible();
      toggleOf(el)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.compact = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('shows a visible focus ring on the pause button', async () => {
      const el = await movingCard();
      toggleOf(el)!.focus();
      expect(toggleOf(el)!.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(toggleOf(el)!).outlineStyle).to.equal('solid');
    });

    it('labels its button from the catalogue in force (Spanish)', async () => {
      await loadCatalogue(es, { mode: 'replace' });
      await loadCatalogue({ exercises: [{ ...es.exercises.find((e) => e.id === 'bird-dog'), figure: bird }] });
      const el = await movingCard();
      expect(text(toggleOf(el))).to.equal(es.ui.exerciseCard.pauseFigure);
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(text(toggleOf(el))).to.equal(es.ui.exerciseCard.playFigure);
    });
  });

  describe('in real frames', () => {
    beforeEach(() => useSampleFigures({ 'bird-dog': { hold: 0, seconds: 0.2 } }));

    it('moves in this browser, and asks for no frame after removal', async () => {
      const el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
      const start = JSON.stringify(drawn(figureOf(el)));
      await waitUntil(() => JSON.stringify(drawn(figureOf(el))) !== start, 'the figure moves', { timeout: 3000 });
      let requested = 0;
      const real = window.requestAnimationFrame;
      window.requestAnimationFrame = (callback) => {
        requested += 1;
        return real.call(window, callback);
      };
      try {
        el.remove();
        const removed = JSON.stringify(drawn(figureOf(el)));
        await new Promise((done) => setTimeout(done, 150));
        expect(requested).to.equal(0);
        expect(JSON.stringify(drawn(figureOf(el)))).to.equal(removed);
      } finally {
        window.requestAnimationFrame = real;
      }
    });
  });

  describe('pre-rendered (hydrated) cards', () => {
    it('first render without the pause button, as the server did, then add it', async () => {
      await useMedia({ reducedMotion: 'no-preference' });
      const updates: string[] = [];
      const controllers: ReactiveController[] = [];
      const root = document.createElement('div');
      const host = {
        addController: (c: ReactiveController) => controllers.push(c),
        removeController: () => {},
        requestUpdate: () => updates.push('requested'),
        updateComplete: Promise.resolve(true),
        renderRoot: root,
      };
      const renderFigure = figureMotion(host, true);
      const labels = { pauseFigure: 'Pause', playFigure: 'Play' };
      render(renderFigure(bird, labels), root);
      expect(root.querySelector('button')).to.equal(null);
      controllers[0].hostUpdated!();
      expect(updates).to.deep.equal(['requested']);
      render(renderFigure(bird, labels), root);
      expect(root.querySelector('button')?.textContent?.trim()).to.equal('Pause');
      controllers[0].hostDisconnected!();
    });
  });

});
