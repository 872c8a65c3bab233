import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/routine/routine';
import { StrideRoutine } from '../../src/components/routine/routine.component';
import { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import { StrideRecoveryTimer } from '../../src/components/recovery-timer/recovery-timer.component';
import type { RoutineStepDetail } from '../../src/events';
import catalogue from '../../src/catalogue/catalogue.json';
import { loadCatalogue } from '../../src/catalogue/load';
import type { Sections } from '../../src/catalogue/merge';
import { provideBundled, provideLazily, resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow, text } from '../helpers/console';
import { pressKey } from '../helpers/keys';
import { domError, replaceStorageMethods } from '../helpers/storage';

const t = catalogue.ui.routine;
const routineById = (id: string) => catalogue.routines.find((r) => r.id === id)!;
const exerciseName = (id: string) => catalogue.exercises.find((e) => e.id === id)!.name;
const KEY = 'stride-widgets:routine:v1:mcgill-daily';

async function routine(template = html`<stride-routine routine="mcgill-daily"></stride-routine>`): Promise<StrideRoutine> {
  const el = await fixture<StrideRoutine>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const card = (el: Element) => shadow(el).querySelector<StrideExerciseCard>('stride-exercise-card');
const timer = (el: Element) => shadow(el).querySelector<StrideRecoveryTimer>('stride-recovery-timer');
const progress = (el: Element) => text(shadow(el).querySelector('#step-heading'));
const live = (el: Element) => text(shadow(el).querySelector('[role="status"]'));
const backButton = (el: Element) => part(el, 'back-button') as HTMLButtonElement;
const nextButton = (el: Element) => part(el, 'next-button') as HTMLButtonElement;

async function press(el: StrideRoutine, name: 'back' | 'next' | 'restart') {
  const button = part(el, `${name}-button`);
  if (!button) throw new Error(`no ${name} button`);
  button.click();
  await el.updateComplete;
}

/** Records every routine event that reaches the document. */
function recordEvents() {
  const events: { type: string; detail: RoutineStepDetail | null }[] = [];
  const listener = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const type of ['stride-routine-step', 'stride-routine-complete']) document.addEventListener(type, listener);
  return {
    events,
    stop: () => {
      for (const type of ['stride-routine-step', 'stride-routine-complete']) document.removeEventListener(type, listener);
    },
  };
}

// Heading level, theme, the error state and a second definition: tests/shared/inherited-behaviour.suite.ts.
describe('<stride-routine>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    localStorage.clear();
    resetCatalogue();
  });

  it('is defined, and defining it defined the card and the timer it shows', () => {
    expect(customElements.get('stride-routine') === StrideRoutine, 'the routine').to.equal(true);
    expect(customElements.get('stride-exercise-card') === StrideExerciseCard, 'the card').to.equal(true);
    expect(customElements.get('stride-recovery-timer') === StrideRecoveryTimer, 'the timer').to.equal(true);
  });

  it('shows the name as an h3, the intro, the safety note, the first step and the sources; back is disabled', async () => {
    const el = await routine();
    const data = routineById('mcgill-daily');
    expect(part(el, 'heading')?.localName).to.equal('h3');
    expect(text(part(el, 'heading'))).to.equal(data.name);
    expect(text(shadow(el).querySelector('.routine > p'))).to.equal(data.intro);
    expect(text(part(el, 'safety-note'))).to.equal(`${t.safetyHeading} ${data.safetyNote}`);
    expect(part(el, 'safety-note')!.querySelector('h4'), 'its heading one level below').to.exist;
    expect(progress(el)).to.equal('Step 1 of 4');
    expect(shadow(el).querySelector('#step-heading')!.localName).to.equal('h4');
    expect(text(part(el, 'sources'))).to.equal(`${catalogue.ui.common.sourcesHeading}: Back Mechanic`);
    expect(backButton(el).disabled).to.equal(true);
    expect(text(nextButton(el))).to.equal(t.next);
    expect(live(el), 'nothing announced on load').to.equal('');
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const data of catalogue.routines) {
    it(`${data.id}: runs end to end, each step with its card and timer, then finishes and starts again`, async () => {
      const record = recordEvents();
      const el = await routine(html`<stride-routine routine=${data.id}></stride-routine>`);
      const count = data.steps.length;
      for (const [index, step] of data.steps.entries()) {
        expect(progress(el), step.exercise).to.equal(`Step ${index + 1} of ${count}`);
        const bars = [...shadow(el).querySelectorAll('.progress__steps span')];
        expect(bars.map((bar) => bar.classList.contains('done'))).to.deep.equal(data.steps.map((_, i) => i <= index));
        const shown = card(el)!;
        expect(shown.getAttribute('exercise')).to.equal(step.exercise);
        expect(shown.hasAttribute('compact') && shown.hasAttribute('no-holds'), 'compact, no holds').to.equal(true);
        expect(shown.getAttribute('heading-level')).to.equal('5');
        await shown.updateComplete;
        expect(text(shadow(shown).querySelector('[part="heading"]'))).to.equal(exerciseName(step.exercise));
        expect(timer(el)?.getAttribute('protocol') ?? null, `${step.exercise}'s timer`).to.equal(step.protocol ?? null);
        if (step.protocol) {
          await timer(el)!.updateComplete;
          expect(text(shadow(timer(el)!).querySelector('[part="heading"]'))).to.equal(
            catalogue.protocols.find((p) => p.id === step.protocol)!.label,
          );
        }
        expect(part(el, 'step')!.contains(shown)).to.equal(true);
        expect(backButton(el).disabled, 'back').to.equal(index === 0);
        expect(text(nextButton(el))).to.equal(index === count - 1 ? t.finish : t.next);
        if (index > 0) expect(live(el)).to.equal(`Step ${index + 1} of ${count}: ${exerciseName(step.exercise)}`);
        await press(el, 'next');
      }
      expect(part(el, 'step'), 'no step once finished').to.equal(null);
      expect(part(el, 'next-button')).to.equal(null);
      expect(text(part(el, 'complete'))).to.contain(t.completeHeading).and.contain(`you have done all ${count} exercises`);
      expect(live(el)).to.equal(t.completeHeading);
      expect(record.events).to.deep.equal([
        ...data.steps.slice(1).map((step, i) => ({ type: 'stride-routine-step', detail: { index: i + 1, exercise: step.exercise } })),
        { type: 'stride-routine-complete', detail: null },
      ]);
      await press(el, 'restart');
      expect(progress(el)).to.equal(`Step 1 of ${count}`);
      expect(card(el)!.getAttribute('exercise')).to.equal(data.steps[0].exercise);
      expect(record.events.at(-1)).to.deep.equal({ type: 'stride-routine-step', detail: { index: 0, exercise: data.steps[0].exercise } });
      record.stop();
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('back goes to the step before, with its event and announcement', async () => {
    const el = await routine();
    await press(el, 'next');
    await press(el, 'next');
    const record = recordEvents();
    await press(el, 'back');
    record.stop();
    expect(progress(el)).to.equal('Step 2 of 4');
    expect(card(el)!.getAttribute('exercise')).to.equal('curl-up');
    expect(record.events).to.deep.equal([{ type: 'stride-routine-step', detail: { index: 1, exercise: 'curl-up' } }]);
    expect(live(el)).to.equal(`Step 2 of 4: ${exerciseName('curl-up')}`);
  });

  it('a running timer does not carry over: the next step with holds gets a new timer, ready to start', async () => {
    const el = await routine();
    await press(el, 'next');
    const first = timer(el)!;
    await first.updateComplete;
    part(first, 'start-button')!.click();
    await first.updateComplete;
    expect(part(first, 'pause-button'), 'running').to.exist;
    await press(el, 'next');
    const second = timer(el)!;
    await second.updateComplete;
    expect(second).to.not.equal(first);
    expect(first.isConnected, 'the old timer is gone').to.equal(false);
    expect(part(second, 'start-button'), 'ready').to.exist;
  });

  describe('keyboard and focus', () => {
    it('Enter on next and Space on back change step; focus moves to the step heading each time', async () => {
      const el = await routine();
      nextButton(el).focus();
      await pressKey('Enter');
      await el.updateComplete;
      expect(progress(el)).to.equal('Step 2 of 4');
      const heading = shadow(el).querySelector<HTMLElement>('#step-heading')!;
      expect(shadow(el).activeElement).to.equal(heading);
      expect(heading.tabIndex).to.equal(-1);
      backButton(el).focus();
      await pressKey(' ');
      await el.updateComplete;
      expect(progress(el)).to.equal('Step 1 of 4');
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('#step-heading'));
    });

    it('finishing focuses the message heading; start again focuses step 1', async () => {
      const el = await routine(html`<stride-routine routine="runner-strength" heading-level="2"></stride-routine>`);
      for (let i = 0; i < 4; i++) await press(el, 'next');
      const heading = shadow(el).activeElement;
      expect(heading?.localName).to.equal('h3');
      expect(text(heading)).to.equal(t.completeHeading);
      part(el, 'restart-button')!.focus();
      await pressKey('Enter');
      await el.updateComplete;
      expect(text(shadow(el).activeElement)).to.equal('Step 1 of 4');
    });

    it('nothing takes focus on load', async () => {
      const el = await routine();
      expect(shadow(el).activeElement).to.equal(null);
    });
  });

  describe('persist', () => {
    it('saves the step, and a new element resumes there without an event', async () => {
      const first = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
      await press(first, 'next');
      await press(first, 'next');
      expect(localStorage.getItem(KEY)).to.equal('2');
      first.remove();
      const record = recordEvents();
      const again = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
      record.stop();
      expect(progress(again)).to.equal('Step 3 of 4');
      expect(card(again)!.getAttribute('exercise')).to.equal('side-plank');
      expect(record.events).to.deep.equal([]);
      expect(live(again)).to.equal('');
    });

    it('keeps nothing on the first step or once finished', async () => {
      const el = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
      await press(el, 'next');
      expect(localStorage.getItem(KEY)).to.equal('1');
      await press(el, 'back');
      expect(localStorage.getItem(KEY)).to.equal(null);
      for (let i = 0; i < 4; i++) await press(el, 'next');
      expect(part(el, 'complete')).to.exist;
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('without persist saves nothing and ignores a save', async () => {
      localStorage.setItem(KEY, '2');
      const el = await routine();
      expect(progress(el)).to.equal('Step 1 of 4');
      await press(el, 'next');
      expect(localStorage.getItem(KEY)).to.equal('2');
      localStorage.clear();
      await press(el, 'next');
      expect(localStorage.length).to.equal(0);
    });

    it('keeps each routine apart, and a new routine starts at its own saved step', async () => {
      localStorage.setItem('stride-widgets:routine:v1:runner-strength', '3');
      const el = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
      await press(el, 'next');
      el.routine = 'runner-strength';
      await el.updateComplete;
      expect(progress(el)).to.equal('Step 4 of 4');
      expect(card(el)!.getAttribute('exercise')).to.equal('side-plank');
      el.persist = false;
      el.routine = 'mcgill-daily';
      await el.updateComplete;
      expect(progress(el), 'without persist, from the start').to.equal('Step 1 of 4');
      expect(localStorage.getItem(KEY)).to.equal('1');
    });

    for (const [what, raw] of [
      ['not JSON', '{'],
      ['not a whole number', '"two"'],
      ['negative', '-1'],
    ]) {
      it(`a save that is ${what} starts at step 1 with one warning naming the key`, async () => {
        localStorage.setItem(KEY, raw);
        const el = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
        expect(progress(el)).to.equal('Step 1 of 4');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<stride-routine>').and.contain(KEY);
        await press(el, 'next');
        expect(localStorage.getItem(KEY), 'the next step overwrites it').to.equal('1');
      });
    }

    it('a saved step past the end (the routine changed) starts at step 1, quietly', async () => {
      localStorage.setItem(KEY, '9');
      const el = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
      expect(progress(el)).to.equal('Step 1 of 4');
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const [what, failing, error, tries] of [
      ['blocked (reading fails first)', ['getItem', 'setItem'], 'SecurityError', 0],
      ['full (writing fails)', ['setItem'], 'QuotaExceededError', 1],
    ] as const) {
      it(`where storage is ${what} it keeps going, warns once and does not try to save again`, async () => {
        let writes = 0;
        const fail = (name: string) => () => {
          if (name === 'setItem') writes += 1;
          throw domError(error);
        };
        const restore = replaceStorageMethods(Object.fromEntries(failing.map((name) => [name, fail(name)])));
        try {
          const el = await routine(html`<stride-routine routine="mcgill-daily" persist></stride-routine>`);
          await press(el, 'next');
          await press(el, 'next');
          expect(progress(el)).to.equal('Step 3 of 4');
          expect(writes, 'writes tried').to.equal(tries);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(KEY).and.contain(error).and.contain('will not resume');
        } finally {
          restore();
        }
      });
    }

    it('a pre-rendered element restores its saved step after hydrating, not in its first render', async () => {
      localStorage.setItem(KEY, '3');
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.setHTMLUnsafe('<stride-routine routine="mcgill-daily" persist><template shadowrootmode="open"></template></stride-routine>');
      const el = host.firstElementChild as StrideRoutine;
      // Firefox upgrades it a little later than the other engines.
      await waitUntil(() => el instanceof StrideRoutine, 'upgraded');
      await el.updateComplete;
      await el.updateComplete;
      expect(progress(el)).to.equal('Step 4 of 4');
      expect(card(el)!.getAttribute('exercise')).to.equal('bird-dog');
    });
  });

  describe('configuration', () => {
    it('an unknown routine shows the error part naming the attribute, the value and what is accepted, and warns once', async () => {
      const el = await routine(html`<stride-routine routine="no-such-routine"></stride-routine>`);
      const alert = shadow(el).querySelector('[role="alert"][part="error"]');
      expect(alert).to.exist;
      expect(text(alert)).to.contain('routine').and.contain('"no-such-routine"').and.contain(t.routineAccepted);
      expect(part(el, 'heading')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<stride-routine>').and.contain('no-such-routine');
      await expect(el).to.be.accessible();
    });

    it('a missing routine attribute says it is missing', async () => {
      const el = await routine(html`<stride-routine></stride-routine>`);
      expect(text(part(el, 'error'))).to.contain('missing').and.contain(t.routineAccepted);
    });

    it('heading-level sets the routine heading; the step is one below, its card and timer two below (at most 6)', async () => {
      const el = await routine(html`<stride-routine routine="mcgill-daily" heading-level="5"></stride-routine>`);
      expect(part(el, 'heading')!.localName).to.equal('h5');
      expect(shadow(el).querySelector('#step-heading')!.localName).to.equal('h6');
      await press(el, 'next');
      expect(card(el)!.getAttribute('heading-level')).to.equal('6');
      expect(timer(el)!.getAttribute('heading-level')).to.equal('6');
    });

    it('passes a light or dark theme on to its card and timer, and no other value', async () => {
      const dark = await routine(html`<stride-routine routine="runner-strength" theme="dark"></stride-routine>`);
      expect(card(dark)!.getAttribute('theme')).to.equal('dark');
      const odd = await routine(html`<stride-routine routine="runner-strength" theme="sepia"></stride-routine>`);
      expect(card(odd)!.hasAttribute('theme')).to.equal(false);
      expect(warnings.messages, 'one warning, from the routine only').to.have.length(1);
    });

    it('shows a clinic routine, and a one-step routine finishes with the singular message', async () => {
      await loadCatalogue({
        routines: [{ ...routineById('mcgill-daily'), id: 'one-step', name: 'Just the bridge', steps: [{ exercise: 'glute-bridge' }] }],
      });
      const el = await routine(html`<stride-routine routine="one-step"></stride-routine>`);
      expect(text(part(el, 'heading'))).to.equal('Just the bridge');
      expect(progress(el)).to.equal('Step 1 of 1');
      expect(text(nextButton(el))).to.equal(t.finish);
      await press(el, 'next');
      expect(text(part(el, 'complete'))).to.contain(t.completeText.one);
    });

    it('through the loader, fetches every step\'s exercise ahead, and announces a step before its exercise arrives by number only', async () => {
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      const later = { ...catalogue.exercises[0], id: 'later-ex', name: 'Arrives later' };
      const requested: string[] = [];
      provideLazily('exercises', {
        'later-ex': async () => {
          requested.push('later-ex');
          await arrived;
          return { default: { exercises: [later] } as Sections };
        },
      });
      const lazy = { ...routineById('runner-strength'), id: 'lazy-routine', steps: [{ exercise: 'glute-bridge' }, { exercise: 'later-ex' }] };
      provideBundled({ routines: [lazy] } as Sections);
      const el = await routine(html`<stride-routine routine="lazy-routine"></stride-routine>`);
      expect(requested, 'fetched while on step 1').to.deep.equal(['later-ex']);
      await press(el, 'next');
      expect(live(el)).to.equal('Step 2 of 2');
      release();
      await waitUntil(() => text(shadow(card(el)!).querySelector('[part="heading"]')) === 'Arrives later');
      await press(el, 'back');
      await press(el, 'next');
      expect(live(el)).to.equal('Step 2 of 2: Arrives later');
    });
  });

  describe('accessibility (axe)', () => {
    it('first step, a middle step with its timer, and the finished routine', async () => {
      const el = await routine();
      await expect(el).to.be.accessible();
      await press(el, 'next');
      await press(el, 'next');
      await timer(el)!.updateComplete;
      await expect(el).to.be.accessible();
      await press(el, 'next');
      await press(el, 'next');
      expect(part(el, 'complete')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('in the dark theme; and in a narrow column (343 px) the buttons fit inside the widget', async () => {
      const el = await routine(html`<stride-routine routine="runner-strength" theme="dark"></stride-routine>`);
      await press(el, 'next');
      await expect(el).to.be.accessible();
      el.style.setProperty('width', '343px');
      await el.updateComplete;
      const box = el.getBoundingClientRect();
      for (const button of [backButton(el), nextButton(el)]) {
        const b = button.getBoundingClientRect();
        expect(b.left >= box.left && b.right <= box.right, 'inside the widget').to.equal(true);
      }
    });
  });
});
