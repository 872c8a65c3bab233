import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { exerciseCardPart, formCuesPart, recoveryTimerPart, redFlagCheckerPart, routinePart } from '../../src/catalogue/bundled';
import { SHARED_UI, citedSourceIds, exercisePart, widgetPart } from '../../src/catalogue/parts';
import { catalogueInForce, provideBundled, provideLazily, requestEntry } from '../../src/catalogue/store';
import type { Sections } from '../../src/catalogue/merge';
import '../../src/components/exercise-card/exercise-card';
import type { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import catalogue from '../../src/catalogue/catalogue.json';
import { shadow } from '../helpers/console';

const whole = catalogue as unknown as Sections;
const ids = (entries: readonly { id: string }[] | undefined) => (entries ?? []).map((e) => e.id).sort();

describe('catalogue parts: each widget carries only what it reads', () => {
  it('the card part has every exercise, only the sources they cite, and only its own and the shared UI strings', () => {
    expect(ids(exerciseCardPart.exercises)).to.deep.equal(ids(whole.exercises));
    expect(ids(exerciseCardPart.sources)).to.deep.equal([...citedSourceIds(whole.exercises)].sort());
    expect(exerciseCardPart.sources!.length).to.be.below(whole.sources!.length);
    expect(Object.keys(exerciseCardPart.ui!).sort()).to.deep.equal([...SHARED_UI, 'exerciseCard'].sort());
    expect(exerciseCardPart.redFlagSets).to.equal(undefined);
  });

  it('each other widget part has its sections, its cited sources and its UI group only', () => {
    const cases: [Sections, string, string[]][] = [
      [redFlagCheckerPart, 'redFlagChecker', ['redFlagSets', 'review', 'locale']],
      [formCuesPart, 'formCues', ['cueGroups', 'cues', 'locale']],
      [recoveryTimerPart, 'recoveryTimer', ['protocols', 'locale']],
      [routinePart, 'routine', ['routines', 'locale']],
    ];
    for (const [part, ui, sections] of cases) {
      expect(Object.keys(part).sort(), ui).to.deep.equal([...sections, 'sources', 'ui'].sort());
      expect(Object.keys(part.ui!).sort(), ui).to.deep.equal([...SHARED_UI, ui].sort());
      const cited = citedSourceIds(sections.map((s) => whole[s as keyof Sections]));
      expect(ids(part.sources), ui).to.deep.equal([...cited].sort());
    }
  });

  it('the parts together hold every source the catalogue cites, and the card part no other widget\'s text', () => {
    const all = new Set([exerciseCardPart, redFlagCheckerPart, formCuesPart, recoveryTimerPart, routinePart].flatMap((p) => ids(p.sources)));
    expect([...all].sort()).to.deep.equal([...citedSourceIds(whole)].sort());
    expect(JSON.stringify(exerciseCardPart)).not.to.include('redFlagChecker');
    // The routine reads its steps' exercises and timers through the card and timer it shows, not from its own part.
    expect(routinePart.exercises).to.equal(undefined);
    expect(routinePart.protocols).to.equal(undefined);
  });

  it('an exercise part carries that exercise and exactly the sources it cites', () => {
    const part = exercisePart(whole, 'bird-dog');
    expect(ids(part.exercises)).to.deep.equal(['bird-dog']);
    expect(ids(part.sources)).to.deep.equal([...new Set(whole.exercises!.find((e) => e.id === 'bird-dog')!.sources)].sort());
    expect(widgetPart(whole, 'exerciseCard')).to.deep.equal(exerciseCardPart);
  });
});

describe('the store: parts add up, and entries can come later', () => {
  it('adds entries and UI groups it lacks and keeps what it has', () => {
    provideBundled(exerciseCardPart);
    provideBundled({ ui: { common: { reset: 'changed' } } } as unknown as Sections);
    expect(catalogueInForce().ui!.common.reset).to.not.equal('changed');
    provideBundled({ exercises: [{ ...whole.exercises![0], id: 'extra-one' }] } as Sections);
    expect(ids(catalogueInForce().exercises)).to.include('extra-one');
  });

  it('a card with an exercise not yet here renders nothing, fetches it once, then renders it', async () => {
    let calls = 0;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const later = { ...whole.exercises![0], id: 'later-one', name: 'Arrives later' };
    provideLazily('exercises', {
      'later-one': async () => {
        calls += 1;
        await arrived;
        return { default: { exercises: [later] } as Sections };
      },
    });
    expect(requestEntry('exercises', 'never-heard-of')).to.equal(false);
    const el = await fixture<StrideExerciseCard>(html`<stride-exercise-card exercise="later-one"></stride-exercise-card>`);
    expect(shadow(el).querySelector('[part="heading"]')).to.equal(null);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    release();
    await waitUntil(() => shadow(el).querySelector('[part="heading"]'));
    expect(shadow(el).querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Arrives later');
    expect(calls).to.equal(1);
  });
});
