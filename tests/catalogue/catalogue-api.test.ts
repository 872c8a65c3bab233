import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import '../../src/components/catalogue/catalogue';
import type { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import type { StrideCatalogue } from '../../src/components/catalogue/catalogue.component';
import { CatalogueError, getCatalogue, loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { applyCatalogue, mergeById } from '../../src/catalogue/merge';
import { formatPath } from '../../src/catalogue/validate';
import bundled from '../../src/catalogue/catalogue.json';
import { captureWarnings, shadow, text } from '../helpers/console';

/** A clinic catalogue that adds an exercise and changes one UI string. */
const clinicMerge = {
  "exercises": [
    {
      "id": "clinic-wall-sit",
      "name": "Clinic wall sit",
      "target": [
        "quadriceps"
      ],
      "purpose": "Builds leg endurance with a still back.",
      "why": "Strong legs take load off your back.",
      "steps": [
        "Lean on a wall.",
        "Slide down until your knees bend.",
        "Hold, then stand."
      ],
      "dosage": {
        "sets": "3",
        "holdSeconds": "20",
        "frequency": "2–3 days a week"
      },
      "tips": [
        "Keep your back on the wall.",
        "Breathe steadily."
      ],
      "mistakes": [
        "Going too low."
      ],
      "caution": "Stop if you feel sharp pain.",
      "evidence": "convention",
      "sources": [
        "coaching-practice"
      ]
    }
  ],
  "ui": {
    "exerciseCard": {
      "dosageHeading": "Clinic dosage"
    }
  }
};

/** A URL serving `body` as a file, as a clinic's server would. */
const fileUrl = (body: unknown) =>
  URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], { type: 'application/json' }));

const birdDog = () => structuredClone(bundled.exercises.find((e) => e.id === 'bird-dog')!);
const headingOf = (el: Element) => text(shadow(el).querySelector('[part="heading"]'));

async function rejection(promise: Promise<unknown>): Promise<CatalogueError> {
  try {
    await promise;
  } catch (error) {
    return error as CatalogueError;
  }
  throw new Error('expected the promise to reject');
}

describe('catalogue API', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    resetCatalogue();
  });

  describe('mergeById and applyCatalogue (pure)', () => {
    it('replaces entries with the same id whole and appends new ones, in order', () => {
      const merged = mergeById(
        [
          { id: 'a', v: 1 },
          { id: 'b', v: 1 },
        ],
        [
          { id: 'b', v: 2 },
          { id: 'c', v: 2 },
        ],
      );
      expect(merged).to.deep.equal([
        { id: 'a', v: 1 },
        { id: 'b', v: 2 },
        { id: 'c', v: 2 },
      ]);
    });

    it('merges ui strings one by one and leaves the inputs unchanged', () => {
      const base = { ui: { common: { reset: 'Reset', sourcesHeading: 'Sources' } } } as never;
      const next = applyCatalogue(base, { ui: { common: { reset: 'Start again' } } } as never, 'merge');
      expect(next.ui?.common).to.deep.equal({ reset: 'Start again', sourcesHeading: 'Sources' });
      expect((base as { ui: { common: { reset: string } } }).ui.common.reset).to.equal('Reset');
    });

    it('replace mode takes the new catalogue whole', () => {
      const next = applyCatalogue({ version: '1', cues: [] } as never, { version: '2' } as never, 'replace');
      expect(next).to.deep.equal({ version: '2' });
    });

    it('formats paths as in the data given', () => {
      expect(formatPath(['exercises', 0, 'steps'])).to.equal('exercises[0].steps');
      expect(formatPath(['ui', 'common', 'reset'])).to.equal('ui.common.reset');
      expect(formatPath([])).to.equal('(catalogue)');
    });
  });

  describe('loadCatalogue', () => {
    it('merges an object: the entry with the same id is replaced and every card re-renders', async () => {
      const el = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
      await loadCatalogue({ exercises: [{ ...birdDog(), name: 'Clinic bird dog' }] });
      await el.updateComplete;
      expect(headingOf(el)).to.equal('Clinic bird dog');
      expect(getCatalogue().exercises).to.have.length(bundled.exercises.length);
    });

    it('adds new entries, usable at once', async () => {
      await loadCatalogue(fileUrl(clinicMerge), { mode: 'merge' });
      const el = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="clinic-wall-sit"></stride-exercise-card>`);
      expect(headingOf(el)).to.equal('Clinic wall sit');
      expect(text(shadow(el).querySelector('[part="dosage"]'))).to.contain('Clinic dosage');
    });

    it('rejects invalid data with each problem and its path, and applies nothing', async () => {
      const el = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
      const before = getCatalogue();
      const error = await rejection(loadCatalogue({ exercises: [{ ...birdDog(), name: 'Half applied', steps: 'kneel' }] }));
      expect(error).to.be.instanceOf(CatalogueError);
      expect(error.issues).to.deep.equal(['exercises[0].steps: expected array']);
      expect(error.message).to.contain('exercises[0].steps: expected array');
      expect(getCatalogue()).to.deep.equal(before);
      await el.updateComplete;
      expect(headingOf(el)).to.equal(bundled.exercises.find((e) => e.id === 'bird-dog')!.name);
    });

    it('lists every problem, unknown fields included', async () => {
      const error = await rejection(
        loadCatalogue({ exercises: [{ ...birdDog(), evidence: 'miracle', stpes: [] }], cues: 'none' }),
      );
      expect(error.issues).to.include('cues: expected array');
      expect(error.issues.some((i) => i.startsWith('exercises[0].evidence: expected one of'))).to.equal(true);
      expect(error.issues).to.include('exercises[0]: unknown field "stpes"');
    });

    it('rejects references that do not resolve, naming them', async () => {
      const error = await rejection(loadCatalogue({ exercises: [{ ...birdDog(), sources: ['made-up'] }] }));
      expect(error.issues.join('\n')).to.contain('made-up');
    });

    it('names reference problems by their path in the clinic data, not in the merged catalogue', async () => {
      const added = { ...birdDog(), id: 'clinic-new', sources: ['coaching-practice', 'made-up'] };
      const error = await rejection(loadCatalogue({ exercises: [birdDog(), added] }));
      expect(error.issues).to.deep.equal(['exercises[1].sources[1]: unknown source id "made-up"']);
    });

    it("rejects an exercise whose timer protocol is unknown, by its path in the clinic data; a bundled one resolves", async () => {
      const added = { ...birdDog(), id: 'clinic-hold', protocol: 'sauna' };
      const error = await rejection(loadCatalogue({ exercises: [added] }));
      expect(error.issues).to.deep.equal(['exercises[0].protocol: unknown protocol id "sauna"']);
      await loadCatalogue({ exercises: [{ ...added, protocol: 'plank-holds' }] });
      expect(getCatalogue().exercises?.find((e) => e.id === 'clinic-hold')?.protocol).to.equal('plank-holds');
    });

    it("rejects removing a protocol an exercise still links to (replace mode)", async () => {
      const whole = structuredClone(bundled);
      whole.protocols = whole.protocols.filter((p) => p.id !== 'stretch-holds');
      const error = await rejection(loadCatalogue(whole, { mode: 'replace' }));
      const linked = bundled.exercises.flatMap((e, i) => (e.protocol === 'stretch-holds' ? [`exercises[${i}].protocol: unknown protocol id "stretch-holds"`] : []));
      expect(linked).to.have.length(4);
      expect(error.issues).to.deep.equal(linked);
    });

    it('checks a clinic routine\'s exercises and timers against the merged catalogue, by their path in the clinic data', async () => {
      const routine = { id: 'clinic-routine', name: 'Wall work', intro: 'Two moves.', safetyNote: 'Stop if it hurts.', sources: ['mcgill-big3'] };
      const error = await rejection(
        loadCatalogue({ routines: [{ ...routine, steps: [{ exercise: 'bird-dog', protocol: 'wall-timer' }, { exercise: 'wall-sit' }] }] }),
      );
      expect(error.issues).to.deep.equal([
        'routines[0].steps[0].protocol: unknown protocol id "wall-timer"',
        'routines[0].steps[1].exercise: unknown exercise id "wall-sit"',
      ]);
      await loadCatalogue({ exercises: [{ ...birdDog(), id: 'wall-sit' }], routines: [{ ...routine, steps: [{ exercise: 'wall-sit' }] }] });
      expect(getCatalogue().routines?.map((r) => r.id)).to.deep.equal(['mcgill-daily', 'runner-strength', 'clinic-routine']);
    });

    it('reports an id twice in the clinic data (merging would silently keep the last)', async () => {
      const error = await rejection(loadCatalogue({ exercises: [birdDog(), { ...birdDog(), name: 'Again' }] }));
      expect(error.issues).to.deep.equal(['exercises[1].id: duplicate id "bird-dog" (also exercises[0])']);
    });

    it('replace mode requires a whole catalogue', async () => {
      const error = await rejection(loadCatalogue({ exercises: [birdDog()] }, { mode: 'replace' }));
      expect(error.issues).to.include('version: expected string');
      // Its routines name exercises of its own too.
      const whole = { ...structuredClone(bundled), exercises: [{ ...birdDog(), name: 'Only one' }], routines: [] };
      await loadCatalogue(whole, { mode: 'replace' });
      expect(getCatalogue().exercises?.map((e) => e.name)).to.deep.equal(['Only one']);
    });

    it('replace mode accepts a whole catalogue written before routines existed: it has none', async () => {
      const { routines, ...older } = structuredClone(bundled);
      expect(routines.length).to.be.greaterThan(0);
      await loadCatalogue(older, { mode: 'replace' });
      expect(getCatalogue().routines).to.deep.equal([]);
    });

    it('rejects an unknown mode, a missing file and a file that is not JSON', async () => {
      expect((await rejection(loadCatalogue({}, { mode: 'mix' as never }))).issues[0]).to.contain('mode');
      expect((await rejection(loadCatalogue('/tests/fixtures/nope.json'))).issues[0]).to.contain('404');
      expect((await rejection(loadCatalogue(fileUrl('not json {')))).issues[0]).to.contain('not valid JSON');
    });

    it('getCatalogue returns a frozen copy', () => {
      const copy = getCatalogue();
      expect(Object.isFrozen(copy)).to.equal(true);
      expect(Object.isFrozen(copy.exercises![0])).to.equal(true);
      expect(copy.exercises).to.deep.equal(bundled.exercises);
      expect(getCatalogue()).not.to.equal(copy);
    });
  });

  describe('<stride-catalogue>', () => {
    it('loads a clinic catalogue and fires stride-catalogue-load', async () => {
      const card = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="clinic-wall-sit"></stride-exercise-card>`);
      expect(shadow(card).querySelector('[role="alert"]')).to.exist;
      const el = document.createElement('stride-catalogue') as StrideCatalogue;
      const src = fileUrl(clinicMerge);
      el.setAttribute('src', src);
      const loaded = oneEvent(document, 'stride-catalogue-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail).to.deep.equal({ src });
      await card.updateComplete;
      expect(headingOf(card)).to.equal('Clinic wall sit');
      expect(el.hidden).to.equal(true);
      el.remove();
    });

    it('fires stride-catalogue-error with the issues and applies nothing', async () => {
      const el = document.createElement('stride-catalogue') as StrideCatalogue;
      el.setAttribute('src', fileUrl({ exercises: [{ id: 'bird-dog', steps: 'kneel' }] }));
      const failed = oneEvent(document, 'stride-catalogue-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.issues.join('\n')).to.contain('exercises[0].steps: expected array');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(getCatalogue().exercises?.find((e) => e.id === 'bird-dog')?.name).to.equal(birdDog().name);
      el.remove();
    });
  });
});
