/**
 * "Start the holds": an exercise card opens its exercise's timer protocol in
 * the card. The timer runs on the stubbed clock of the timer suites, so each
 * protocol is run through to the end without waiting. (That a card that is
 * only read never loads the timer's code: holds-lazy.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import type { StrideRecoveryTimer } from '../../src/components/recovery-timer/recovery-timer.component';
import { provideBundled } from '../../src/catalogue/store';
import { recoveryTimerPart } from '../../src/catalogue/bundled';
import catalogue from '../../src/catalogue/catalogue.json';
import { shadow, text } from '../helpers/console';
import { pressKey } from '../helpers/keys';
import { advance, clock, display, phase, press, t as timerText, trackTimeouts, useTimerSuite, warnings } from '../recovery-timer/timer-fixture';

const t = catalogue.ui.exerciseCard;
const exercise = (id: string) => catalogue.exercises.find((e) => e.id === id)!;
const protocolOf = (id: string) => catalogue.protocols.find((p) => p.id === exercise(id).protocol)!;

async function card(template: ReturnType<typeof html>): Promise<StrideExerciseCard> {
  const el = await fixture<StrideExerciseCard>(template);
  await el.updateComplete;
  return el;
}

const button = (el: StrideExerciseCard) => shadow(el).querySelector<HTMLButtonElement>('[part~="timer-button"]');
const timerIn = (el: StrideExerciseCard) => shadow(el).querySelector<StrideRecoveryTimer>('stride-recovery-timer');
const status = (el: StrideExerciseCard) => text(shadow(el).querySelector('.holds [role="status"]'));

/** Presses the card's button and waits for the timer it opens (or the card's answer) to render. */
async function pressHolds(el: StrideExerciseCard): Promise<StrideRecoveryTimer | null> {
  const b = button(el);
  if (!b) throw new Error('no timer button');
  b.click();
  // The timer's code loads (already here in this file), the card renders it, the timer renders and takes focus.
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await timerIn(el)?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
  return timerIn(el);
}

/** "0:30" → 30. */
const seconds = (clockText: string) => clockText.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** Runs a started timer to its end on the stubbed clock: each phase's label and length, in order. */
async function runToEnd(timer: StrideRecoveryTimer): Promise<[label: string, seconds: number][]> {
  const phases: [string, number][] = [];
  for (let guard = 0; phase(timer) !== timerText.complete; guard++) {
    if (guard > 100) throw new Error('the timer never finished');
    // "Hold — round 2 of 6, set 1 of 3" → "Hold"
    const label = phase(timer).split(' — ')[0].split(',')[0];
    const length = seconds(display(timer));
    phases.push([label, length]);
    await advance(timer, length * 1000);
  }
  return phases;
}

describe('<stride-exercise-card>: Start the holds', () => {
  useTimerSuite();

  // Each exercise's protocol from the catalogue, and the brief's numbers written out by hand ("Timer protocols").
  const cases = [
    { id: 'bird-dog', protocol: 'mcgill-big-3', holds: 12, hold: 10, rests: { Relax: [9, 5], Rest: [2, 30] }, total: 225 },
    { id: 'plank', protocol: 'plank-holds', holds: 3, hold: 30, rests: { Rest: [2, 30] }, total: 150 },
    { id: 'hamstring-stretch', protocol: 'stretch-holds', holds: 4, hold: 30, rests: { 'Switch sides': [3, 10] }, total: 150 },
  ];

  for (const c of cases) {
    it(`${c.id}: opens ${c.protocol} in the card and runs ${c.holds} holds of ${c.hold} s, with the protocol's rests`, async () => {
      const el = await card(html`<stride-exercise-card exercise=${c.id}></stride-exercise-card>`);
      expect(text(button(el))).to.equal(t.startHolds);
      const timer = await pressHolds(el);
      expect(timer, 'the timer, in the card').to.exist;
      expect(timer!.getAttribute('protocol')).to.equal(c.protocol);
      const started: number[] = [];
      timer!.addEventListener('stride-timer-start', () => started.push(clock.now));
      let completed = 0;
      timer!.addEventListener('stride-timer-complete', () => completed++);
      await press(timer!, 'start');
      expect(started).to.have.length(1);
      const phases = await runToEnd(timer!);
      expect(completed).to.equal(1);

      // From the protocol's data: every set's rounds of its work phase, and the rests between.
      const protocol = protocolOf(c.id);
      expect(protocol.id).to.equal(c.protocol);
      const work = protocol.sets[0].work.label;
      const holds = phases.filter(([label]) => label === work);
      expect(holds.length).to.equal(protocol.sets.reduce((n, s) => n + s.rounds, 0));
      for (const s of protocol.sets) expect(holds.map(([, length]) => length)).to.include(s.work.seconds);
      const rests = phases.filter(([label]) => label !== work);
      const expectedRests = protocol.sets.flatMap((s, i) => [
        ...(i > 0 && protocol.setRest ? [[protocol.setRest.label, protocol.setRest.seconds]] : []),
        ...Array.from({ length: s.rounds - 1 }, () => (s.rest ? [[s.rest.label, s.rest.seconds]] : [])).flat(),
      ]);
      expect([...rests].sort()).to.deep.equal([...expectedRests].sort());

      // The brief's numbers, by hand, so a changed protocol or a miscounting timer fails here.
      expect(holds).to.have.length(c.holds);
      for (const [, length] of holds) expect(length).to.equal(c.hold);
      for (const [label, [count, length]] of Object.entries(c.rests)) {
        const these = phases.filter(([l]) => l === label);
        expect(these, label).to.have.length(count);
        for (const [, l] of these) expect(l, label).to.equal(length);
      }
      expect(phases.length).to.equal(c.holds + Object.values(c.rests).reduce((n, [count]) => n + count, 0));
      expect(phases.reduce((sum, [, length]) => sum + length, 0)).to.equal(c.total);
      expect(clock.now - started[0]).to.equal(c.total * 1000);
      // It ends on a hold: no rest after the last.
      expect(phases.at(-1)![0]).to.equal(work);
    });
  }

  it('every exercise with a protocol has the button, every other none', async () => {
    for (const e of catalogue.exercises) {
      const el = await card(html`<stride-exercise-card exercise=${e.id}></stride-exercise-card>`);
      expect(button(el) !== null, e.id).to.equal(e.protocol !== undefined);
    }
    expect(catalogue.exercises.filter((e) => e.protocol !== undefined)).to.have.length(8);
  });

  it('a card without a protocol (the glute bridge) has no button and no timer', async () => {
    const el = await card(html`<stride-exercise-card exercise="glute-bridge"></stride-exercise-card>`);
    expect(button(el)).to.equal(null);
    expect(timerIn(el)).to.equal(null);
    expect(shadow(el).querySelector('.holds')).to.equal(null);
  });

  it('the button sits right after the dosage, in full and compact cards', async () => {
    for (const compact of [false, true]) {
      const el = await card(html`<stride-exercise-card exercise="side-plank" ?compact=${compact}></stride-exercise-card>`);
      const holds = shadow(el).querySelector('.holds')!;
      expect(holds.previousElementSibling?.getAttribute('part'), `compact: ${compact}`).to.equal('dosage');
      expect(button(el)!.localName).to.equal('button');
      expect(button(el)!.type).to.equal('button');
    }
  });

  it('no-holds hides the button; removing it shows the button again', async () => {
    const el = await card(html`<stride-exercise-card exercise="bird-dog" no-holds></stride-exercise-card>`);
    expect(el.noHolds).to.equal(true);
    expect(button(el)).to.equal(null);
    el.noHolds = false;
    await el.updateComplete;
    expect(el.hasAttribute('no-holds')).to.equal(false);
    expect(text(button(el))).to.equal(t.startHolds);
  });

  it('no-holds set while the timer is open removes the timer: nothing left running', async () => {
    const el = await card(html`<stride-exercise-card exercise="plank"></stride-exercise-card>`);
    const timer = (await pressHolds(el))!;
    await press(timer, 'start');
    const timeouts = trackTimeouts();
    try {
      el.setAttribute('no-holds', '');
      await el.updateComplete;
      expect(timerIn(el)).to.equal(null);
      expect(timer.isConnected).to.equal(false);
      expect(timeouts.pending.size).to.equal(0);
      el.removeAttribute('no-holds');
      await el.updateComplete;
      expect(text(button(el)), 'closed, not reopened').to.equal(t.startHolds);
      expect(timerIn(el)).to.equal(null);
    } finally {
      timeouts.restore();
    }
  });

  it('opening: the button becomes "Hide the timer" (expanded, controlling it), focus moves to the timer\'s start, the change is announced', async () => {
    const el = await card(html`<stride-exercise-card exercise="curl-up"></stride-exercise-card>`);
    const b = button(el)!;
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(b.hasAttribute('aria-controls')).to.equal(false);
    expect(status(el)).to.equal('');
    const timer = (await pressHolds(el))!;
    expect(button(el)).to.equal(b);
    expect(text(b)).to.equal(t.hideTimer);
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(b.getAttribute('aria-controls')).to.equal(timer.id);
    expect(shadow(el).getElementById(timer.id)).to.equal(timer);
    expect(shadow(el).activeElement).to.equal(timer);
    expect(shadow(timer).activeElement?.getAttribute('part')).to.equal('start-button');
    expect(status(el)).to.equal(t.timerOpen);
    expect(text(shadow(timer).querySelector('[part="heading"]'))).to.equal(protocolOf('curl-up').label);
    expect(warnings.messages, 'defining the timer again is silent').to.deep.equal([]);
  });

  it('hiding: the timer goes (stopped: no timeout left), focus stays on the button, which reads "Start the holds" again', async () => {
    const el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
    const timer = (await pressHolds(el))!;
    await press(timer, 'start');
    const timeouts = trackTimeouts();
    try {
      button(el)!.focus();
      button(el)!.click();
      await el.updateComplete;
      expect(timerIn(el)).to.equal(null);
      expect(timeouts.pending.size).to.equal(0);
      await advance(timer, 60_000);
      expect(timeouts.pending.size, 'a removed timer schedules nothing').to.equal(0);
      expect(shadow(el).activeElement).to.equal(button(el));
      expect(text(button(el))).to.equal(t.startHolds);
      expect(button(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(status(el)).to.equal('');
    } finally {
      timeouts.restore();
    }
    // Opened again: a new timer, ready to start.
    const again = (await pressHolds(el))!;
    expect(again).to.not.equal(timer);
    expect(phase(again)).to.equal(timerText.ready);
  });

  it('works from the keyboard: Enter opens the timer, Enter on its start starts it', async () => {
    const el = await card(html`<stride-exercise-card exercise="hip-flexor-stretch"></stride-exercise-card>`);
    button(el)!.focus();
    await pressKey('Enter');
    for (let i = 0; i < 5 && !timerIn(el)?.shadowRoot?.activeElement; i++) {
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    }
    const timer = timerIn(el)!;
    expect(shadow(timer).activeElement?.getAttribute('part')).to.equal('start-button');
    await pressKey('Enter');
    await timer.updateComplete;
    expect(phase(timer)).to.equal(`Hold — round 1 of 4`);
  });

  it('the timer follows the card: a heading one level below the card\'s, and its theme', async () => {
    const el = await card(html`<stride-exercise-card exercise="quad-stretch" heading-level="2" theme="dark"></stride-exercise-card>`);
    const timer = (await pressHolds(el))!;
    expect(shadow(timer).querySelector('[part="heading"]')!.localName).to.equal('h3');
    expect(timer.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(timer).backgroundColor).to.equal(getComputedStyle(el).backgroundColor);
    const deepest = await card(html`<stride-exercise-card exercise="quad-stretch" heading-level="6"></stride-exercise-card>`);
    const inDeepest = (await pressHolds(deepest))!;
    expect(shadow(inDeepest).querySelector('[part="heading"]')!.localName).to.equal('h6');
    expect(inDeepest.hasAttribute('theme')).to.equal(false);
  });

  it('is accessible before and after opening the timer, and once it runs', async () => {
    const el = await card(html`<stride-exercise-card exercise="side-plank"></stride-exercise-card>`);
    await expect(el).to.be.accessible();
    const timer = (await pressHolds(el))!;
    await expect(el).to.be.accessible();
    await expect(timer).to.be.accessible();
    await press(timer, 'start');
    await expect(el).to.be.accessible();
    const compact = await card(html`<stride-exercise-card exercise="glute-stretch" compact></stride-exercise-card>`);
    await pressHolds(compact);
    await expect(compact).to.be.accessible();
  });

  it('removing the card stops its running timer: no timeout left, none made later', async () => {
    const el = await card(html`<stride-exercise-card exercise="plank"></stride-exercise-card>`);
    const timer = (await pressHolds(el))!;
    await press(timer, 'start');
    const timeouts = trackTimeouts();
    try {
      await advance(timer, 5000);
      expect(timeouts.pending.size, 'running: one wake-up pending').to.equal(1);
      el.remove();
      expect(timer.isConnected).to.equal(false);
      expect(timeouts.pending.size).to.equal(0);
      const made = timeouts.made;
      await advance(timer, 60_000);
      expect(timeouts.made).to.equal(made);
      expect(timeouts.pending.size).to.equal(0);
    } finally {
      timeouts.restore();
    }
  });

  it('another exercise closes the timer', async () => {
    const el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
    await pressHolds(el);
    el.exercise = 'plank';
    await el.updateComplete;
    expect(timerIn(el)).to.equal(null);
    expect(text(button(el))).to.equal(t.startHolds);
  });

  describe('loading the timer', () => {
    const realLoad = StrideExerciseCard.loadTimer;
    afterEach(() => (StrideExerciseCard.loadTimer = realLoad));

    /** A `loadTimer` the test settles by hand. */
    function deferredLoad() {
      const calls: { resolve: () => void; reject: (error: Error) => void }[] = [];
      StrideExerciseCard.loadTimer = () =>
        new Promise<void>((resolve, reject) => calls.push({ resolve: () => realLoad().then(resolve), reject }));
      return calls;
    }
    const settle = async (el: StrideExerciseCard) => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
      }
    };

    it('while loading, the button is busy and disabled (but keeps focus), and a second press loads nothing more', async () => {
      const calls = deferredLoad();
      const el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
      button(el)!.focus();
      button(el)!.click();
      await el.updateComplete;
      expect(button(el)!.getAttribute('aria-busy')).to.equal('true');
      expect(button(el)!.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button(el));
      await expect(el).to.be.accessible();
      button(el)!.click();
      expect(calls).to.have.length(1);
      calls[0].resolve();
      await settle(el);
      expect(button(el)!.hasAttribute('aria-busy')).to.equal(false);
      expect(button(el)!.hasAttribute('aria-disabled')).to.equal(false);
      expect(timerIn(el)).to.exist;
    });

    it('a failed load shows an error in the card, warns once, and a second press tries again', async () => {
      const calls = deferredLoad();
      const el = await card(html`<stride-exercise-card exercise="plank"></stride-exercise-card>`);
      button(el)!.click();
      calls[0].reject(new Error('offline'));
      await settle(el);
      const alert = shadow(el).querySelector('.holds [role="alert"]');
      expect(text(alert)).to.equal(t.timerFailed);
      expect(timerIn(el)).to.equal(null);
      expect(text(button(el))).to.equal(t.startHolds);
      expect(button(el)!.hasAttribute('aria-busy')).to.equal(false);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<stride-exercise-card>').and.contain('offline');
      await expect(el).to.be.accessible();
      button(el)!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.holds [role="alert"]'), 'the error goes on a new try').to.equal(null);
      calls[1].resolve();
      await settle(el);
      expect(timerIn(el)).to.exist;
    });

    it('a load that ends after the card moved to another exercise opens nothing, even if it failed', async () => {
      const calls = deferredLoad();
      const el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
      button(el)!.click();
      button(el)!.click();
      el.exercise = 'side-plank';
      await el.updateComplete;
      calls[0].resolve();
      await settle(el);
      expect(timerIn(el)).to.equal(null);
      expect(text(button(el))).to.equal(t.startHolds);
      button(el)!.click();
      el.exercise = 'curl-up';
      await el.updateComplete;
      calls[1].reject(new Error('offline'));
      await settle(el);
      expect(shadow(el).querySelector('.holds [role="alert"]')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('an exercise whose protocol the catalogue in force lacks offers no button', async () => {
    // The reference checks reject such a catalogue; this is a catalogue applied unchecked.
    provideBundled(recoveryTimerPart);
    provideBundled({ exercises: [{ ...exercise('plank'), id: 'unchecked-holds', protocol: 'sauna' }] } as never);
    const el = await card(html`<stride-exercise-card exercise="unchecked-holds"></stride-exercise-card>`);
    expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal(exercise('plank').name);
    expect(button(el)).to.equal(null);
  });
});
