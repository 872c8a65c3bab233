import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/recovery-timer/recovery-timer';
import { STORAGE_PREFIX, StrideRecoveryTimer } from '../../src/components/recovery-timer/recovery-timer.component';
import catalogue from '../../src/catalogue/catalogue.json';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow, text } from '../helpers/console';
import { pressKey } from '../helpers/keys';

const t = catalogue.ui.recoveryTimer;
const protocolIds = catalogue.protocols.map((p) => p.id);
const stretch = catalogue.protocols.find((p) => p.id === 'stretch-holds')!;

/** The stubbed clock (ms since the epoch). */
let clock = 0;
const realNow = StrideRecoveryTimer.now;

async function timer(template: ReturnType<typeof html> | string) {
  const el = await fixture<StrideRecoveryTimer>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const has = (el: Element, name: string) => part(el, name) !== null;
const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')].map((b) => b.getAttribute('part'));
const display = (el: Element) => text(part(el, 'display')).replace(t.timeLeft, '').trim();
const phase = (el: Element) => text(part(el, 'phase'));
const live = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="status"]')!;
const focused = (el: Element, name: string) => shadow(el).activeElement === part(el, name);

async function press(el: StrideRecoveryTimer, button: 'start' | 'pause' | 'resume' | 'reset') {
  const b = part(el, `${button}-button`);
  if (!b) throw new Error(`no ${button} button; buttons: ${buttons(el).join(', ')}`);
  b.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Moves the stubbed clock on and wakes every timer, as a tab coming back into view does. */
async function advance(el: StrideRecoveryTimer, ms: number) {
  clock += ms;
  document.dispatchEvent(new Event('visibilitychange'));
  await el.updateComplete;
  await el.updateComplete;
}

/** Records every `window.setTimeout` made while it is installed, and which are still pending. */
function trackTimeouts() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const pending = new Set<number>();
  let made = 0;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    made++;
    const id: number = realSet(
      (...a: unknown[]) => {
        pending.delete(id);
        (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    pending,
    get made() {
      return made;
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

function busy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Blocks the main thread, as a heavy page would.
  }
}

describe('<stride-recovery-timer>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
    clock = 1_700_000_000_000;
    StrideRecoveryTimer.now = () => clock;
  });
  afterEach(() => {
    warnings.restore();
    StrideRecoveryTimer.now = realNow;
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  });

  describe('bad configuration', () => {
    const cases: { name: string; markup: string; attribute: string; value: string | null; accepted: string[] }[] = [
      { name: 'duration="abc"', markup: 'duration="abc"', attribute: 'duration', value: 'abc', accepted: [t.durationAccepted] },
      { name: 'duration="0"', markup: 'duration="0"', attribute: 'duration', value: '0', accepted: [t.durationAccepted] },
      { name: 'duration="" (empty)', markup: 'duration=""', attribute: 'duration', value: '', accepted: [t.durationAccepted] },
      { name: 'duration over 24 hours', markup: 'duration="25h"', attribute: 'duration', value: '25h', accepted: [t.durationAccepted] },
      { name: 'rounds="0"', markup: 'duration="30" rounds="0"', attribute: 'rounds', value: '0', accepted: [t.roundsAccepted] },
      { name: 'rounds="1.5"', markup: 'duration="30" rounds="1.5"', attribute: 'rounds', value: '1.5', accepted: [t.roundsAccepted] },
      { name: 'rounds="101"', markup: 'duration="30" rounds="101"', attribute: 'rounds', value: '101', accepted: [t.roundsAccepted] },
      { name: 'rest="-5"', markup: 'duration="30" rounds="2" rest="-5"', attribute: 'rest', value: '-5', accepted: [t.durationAccepted] },
      {
        name: 'an unknown protocol',
        markup: 'protocol="sauna"',
        attribute: 'protocol',
        value: 'sauna',
        accepted: [t.protocolAccepted, ...protocolIds],
      },
      {
        name: 'both protocol and duration',
        markup: 'protocol="ice" duration="90"',
        attribute: 'duration',
        value: '90',
        accepted: [t.protocolOrDuration],
      },
      {
        name: 'neither protocol nor duration',
        markup: '',
        attribute: 'protocol',
        value: null,
        accepted: [t.protocolOrDuration, t.protocolAccepted, t.durationAccepted, ...protocolIds],
      },
      {
        name: 'heading-level="9"',
        markup: 'duration="30" heading-level="9"',
        attribute: 'heading-level',
        value: '9',
        accepted: [catalogue.ui.errors.headingLevelAccepted],
      },
    ];

    for (const c of cases) {
      it(`${c.name}: an alert naming the attribute, the value and what is accepted; one warning`, async () => {
        const el = await timer(`<stride-recovery-timer ${c.markup}></stride-recovery-timer>`);
        const alert = shadow(el).querySelector('[role="alert"]');
        expect(alert?.getAttribute('part')).to.equal('error');
        const message = text(alert);
        expect(message).to.contain(`The ${c.attribute} attribute`);
        if (c.value === null) expect(message).to.contain('is missing');
        else expect(message).to.contain(`"${c.value}"`);
        for (const accepted of c.accepted) expect(message).to.contain(accepted);
        expect(has(el, 'display'), 'no timer is shown').to.equal(false);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<stride-recovery-timer>').and.contain(c.attribute);
      });
    }

    it('the error state is accessible', async () => {
      const el = await timer('<stride-recovery-timer duration="abc"></stride-recovery-timer>');
      await expect(el).to.be.accessible();
    });

    it('shows the timer once the attribute is corrected', async () => {
      const el = await timer('<stride-recovery-timer duration="abc"></stride-recovery-timer>');
      el.setAttribute('duration', '45');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(display(el)).to.equal('0:45');
    });

    it('a timer that becomes invalid while running stops: no timeout left', async () => {
      const el = await timer('<stride-recovery-timer duration="30"></stride-recovery-timer>');
      await press(el, 'start');
      const timeouts = trackTimeouts();
      try {
        el.setAttribute('rounds', 'many');
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')).to.exist;
        expect(timeouts.pending.size).to.equal(0);
        el.removeAttribute('rounds');
        await el.updateComplete;
        expect(buttons(el)).to.deep.equal(['start-button']);
      } finally {
        timeouts.restore();
      }
    });

    it('empty rounds, rest and label mean their defaults', async () => {
      const el = await timer('<stride-recovery-timer duration="30" rounds=" " rest="" label=" "></stride-recovery-timer>');
      expect(text(part(el, 'heading'))).to.equal(t.defaultHeading);
      await press(el, 'start');
      expect(phase(el)).to.equal(t.defaultWorkLabel);
      expect(warnings.messages).to.have.length(0);
    });
  });

  describe('a protocol', () => {
    it('shows its label as the heading, the ready phase, its first phase time, its safety note and sources', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="stretch-holds"></stride-recovery-timer>`);
      const heading = part(el, 'heading')!;
      expect(heading.localName).to.equal('h3');
      expect(text(heading)).to.equal('Stretch holds');
      expect(phase(el)).to.equal(t.ready);
      expect(display(el)).to.equal('0:30');
      const note = part(el, 'safety-note')!;
      expect(text(note.querySelector('h4'))).to.equal(t.safetyHeading);
      expect(text(note)).to.contain(stretch.safetyNote);
      expect(text(note)).to.contain(`${catalogue.ui.common.sourcesHeading}: ACSM's Guidelines`);
      expect(warnings.messages).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('names the phase and round, and the rest between rounds', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="stretch-holds"></stride-recovery-timer>`);
      await press(el, 'start');
      expect(phase(el)).to.equal('Hold — round 1 of 4');
      await advance(el, 30_000);
      expect(phase(el)).to.equal('Switch sides — round 1 of 4');
      expect(display(el)).to.equal('0:10');
      await advance(el, 10_000);
      expect(phase(el)).to.equal('Hold — round 2 of 4');
    });

    it('adds the set when a protocol has several', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="mcgill-big-3"></stride-recovery-timer>`);
      await press(el, 'start');
      expect(phase(el)).to.equal('Hold — round 1 of 6, set 1 of 3');
      await advance(el, 6 * 10_000 + 5 * 5_000); // to the rest between sets
      expect(phase(el)).to.equal('Rest — round 6 of 6, set 1 of 3');
      expect(display(el)).to.equal('0:30');
      await advance(el, 30_000);
      expect(phase(el)).to.equal('Hold — round 1 of 4, set 2 of 3');
    });

    it('run–walk names its stages without counting sets: warm-up, 8 runs with walks between, cool-down', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="run-walk"></stride-recovery-timer>`);
      expect(display(el)).to.equal('5:00');
      await press(el, 'start');
      expect(phase(el)).to.equal('Warm-up walk');
      await advance(el, 5 * 60_000);
      expect(phase(el)).to.equal('Run — round 1 of 8');
      expect(display(el)).to.equal('1:00');
      await advance(el, 60_000);
      expect(phase(el)).to.equal('Walk — round 1 of 8');
      expect(display(el)).to.equal('2:00');
      await advance(el, 2 * 60_000 + 6 * (60_000 + 2 * 60_000)); // the rest of walk 1, runs and walks 2–7: to the last run
      expect(phase(el)).to.equal('Run — round 8 of 8');
      await advance(el, 60_000); // no walk after the last run
      expect(phase(el)).to.equal('Cool-down walk');
      expect(display(el)).to.equal('5:00');
    });

    it('a single-round protocol shows just the phase name', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="ice"></stride-recovery-timer>`);
      expect(display(el)).to.equal('15:00');
      await press(el, 'start');
      expect(phase(el)).to.equal('Cold on');
    });

    it('puts the heading at heading-level', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="ice" heading-level="2"></stride-recovery-timer>`);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(part(el, 'safety-note')!.querySelector('h3')).to.exist;
    });

    it('follows a clinic catalogue: new wording keeps a running timer, new timing starts afresh', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="stretch-holds"></stride-recovery-timer>`);
      try {
        await press(el, 'start');
        await advance(el, 5_000);
        await loadCatalogue({ protocols: [{ ...stretch, label: 'Gentle stretches', sets: [{ ...stretch.sets[0], work: { label: 'Stretch', seconds: 30 } }] }] });
        await el.updateComplete;
        expect(text(part(el, 'heading'))).to.equal('Gentle stretches');
        expect(phase(el)).to.equal('Stretch — round 1 of 4');
        expect(display(el)).to.equal('0:25');
        await loadCatalogue({ protocols: [{ ...stretch, sets: [{ ...stretch.sets[0], rounds: 2 }] }] });
        await el.updateComplete;
        expect(phase(el)).to.equal(t.ready);
        expect(buttons(el)).to.deep.equal(['start-button']);
      } finally {
        resetCatalogue();
      }
    });
  });

  describe('duration, rounds and rest', () => {
    it('runs work and rest phases, with no rest after the last round', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="3" rest="10"></stride-recovery-timer>`);
      expect(text(part(el, 'heading'))).to.equal(t.defaultHeading);
      await press(el, 'start');
      const seen = [[phase(el), display(el)]];
      for (const step of [30_000, 10_000, 30_000, 10_000]) {
        await advance(el, step);
        seen.push([phase(el), display(el)]);
      }
      expect(seen).to.deep.equal([
        ['Go — round 1 of 3', '0:30'],
        ['Rest — round 1 of 3', '0:10'],
        ['Go — round 2 of 3', '0:30'],
        ['Rest — round 2 of 3', '0:10'],
        ['Go — round 3 of 3', '0:30'],
      ]);
      await advance(el, 29_999);
      expect(display(el)).to.equal('0:01');
      await advance(el, 1);
      expect(phase(el)).to.equal(t.complete);
      expect(display(el)).to.equal('0:00');
    });

    it('label names the heading and the work phase', async () => {
      const el = await timer(html`<stride-recovery-timer duration="20" rounds="2" label="Plank"></stride-recovery-timer>`);
      expect(text(part(el, 'heading'))).to.equal('Plank');
      await press(el, 'start');
      expect(phase(el)).to.equal('Plank — round 1 of 2');
    });

    it('rest="0" means no rest', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" rounds="2" rest="0"></stride-recovery-timer>`);
      await press(el, 'start');
      await advance(el, 10_000);
      expect(phase(el)).to.equal('Go — round 2 of 2');
    });

    const formats: [string, string][] = [
      ['90', '1:30'],
      ['90s', '1:30'],
      ['1m30s', '1:30'],
      ['15m', '15:00'],
      ['01:30', '1:30'],
      ['59:59', '59:59'],
      ['1h', '1:00:00'],
      ['1:05:00', '1:05:00'],
      ['90:00', '1:30:00'],
    ];
    for (const [duration, shown] of formats) {
      it(`duration="${duration}" shows ${shown}`, async () => {
        const el = await timer(`<stride-recovery-timer duration="${duration}"></stride-recovery-timer>`);
        expect(display(el)).to.equal(shown);
      });
    }

    it('shows m:ss below one hour and h:mm:ss from one hour, counting whole seconds up', async () => {
      const el = await timer(html`<stride-recovery-timer duration="1h"></stride-recovery-timer>`);
      await press(el, 'start');
      expect(display(el)).to.equal('1:00:00');
      await advance(el, 400);
      expect(display(el)).to.equal('1:00:00');
      await advance(el, 600);
      expect(display(el)).to.equal('59:59');
      await advance(el, 59 * 60_000 + 49_000);
      expect(display(el)).to.equal('0:10');
    });

    it('the display is a large tabular-number readout with a label, and not a live region', async () => {
      const el = await timer(html`<stride-recovery-timer duration="90"></stride-recovery-timer>`);
      const d = part(el, 'display')!;
      expect(getComputedStyle(d).fontVariantNumeric).to.equal('tabular-nums');
      expect(parseFloat(getComputedStyle(d).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize) * 2.5);
      expect(text(d.querySelector('.visually-hidden'))).to.equal(t.timeLeft);
      expect(d.closest('[aria-live], [role="timer"], [role="status"]')).to.equal(null);
      expect(d.querySelector('[aria-live]')).to.equal(null);
    });
  });

  describe('progress', () => {
    it('is a labelled progressbar of the whole timer in whole seconds', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="3" rest="10"></stride-recovery-timer>`);
      const bar = part(el, 'progress')!;
      const aria = () => ['aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'aria-valuetext'].map((a) => bar.getAttribute(a));
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-label')).to.equal(t.progressLabel);
      expect(aria()).to.deep.equal(['0', '110', '0', '0:00 of 1:50 done']);
      await press(el, 'start');
      await advance(el, 45_500);
      expect(aria()).to.deep.equal(['0', '110', '45', '0:45 of 1:50 done']);
      const fill = part(el, 'progress-bar')!;
      expect(Number(fill.style.getPropertyValue('--_done'))).to.be.closeTo(45.5 / 110, 0.001);
      for (const animation of fill.getAnimations()) animation.finish(); // the width eases over 0.3 s
      expect(fill.getBoundingClientRect().width / bar.getBoundingClientRect().width).to.be.closeTo(45.5 / 110, 0.02);
      await advance(el, 70_000);
      expect(aria()).to.deep.equal(['0', '110', '110', '1:50 of 1:50 done']);
      expect(fill.style.getPropertyValue('--_done')).to.equal('1');
    });
  });

  describe('buttons and focus', () => {
    it('shows only the buttons that apply, and hands focus to the one that replaces the pressed one', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30"></stride-recovery-timer>`);
      expect(buttons(el)).to.deep.equal(['start-button']);
      expect(text(part(el, 'start-button'))).to.equal(t.start);
      await press(el, 'start');
      expect(buttons(el)).to.deep.equal(['pause-button', 'reset-button']);
      expect(focused(el, 'pause-button'), 'start → pause').to.equal(true);
      expect(text(part(el, 'pause-button'))).to.equal(t.pause);
      await press(el, 'pause');
      expect(buttons(el)).to.deep.equal(['resume-button', 'reset-button']);
      expect(focused(el, 'resume-button'), 'pause → resume').to.equal(true);
      expect(text(part(el, 'resume-button'))).to.equal(t.resume);
      await press(el, 'resume');
      expect(focused(el, 'pause-button'), 'resume → pause').to.equal(true);
      await press(el, 'reset');
      expect(buttons(el)).to.deep.equal(['start-button']);
      expect(focused(el, 'start-button'), 'reset → start').to.equal(true);
    });

    it('pause freezes the time; resume carries on from there', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30"></stride-recovery-timer>`);
      await press(el, 'start');
      await advance(el, 10_000);
      await press(el, 'pause');
      await advance(el, 60_000);
      expect(display(el)).to.equal('0:20');
      expect(phase(el)).to.equal(t.defaultWorkLabel);
      await press(el, 'resume');
      await advance(el, 5_000);
      expect(display(el)).to.equal('0:15');
    });

    it('reset goes back to the start', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="2"></stride-recovery-timer>`);
      await press(el, 'start');
      await advance(el, 40_000);
      await press(el, 'reset');
      expect(phase(el)).to.equal(t.ready);
      expect(display(el)).to.equal('0:30');
      expect(part(el, 'progress')!.getAttribute('aria-valuenow')).to.equal('0');
    });

    it('on completion only reset is left, and focus on pause moves to it; reset then start runs again', async () => {
      const el = await timer(html`<stride-recovery-timer duration="5"></stride-recovery-timer>`);
      await press(el, 'start');
      expect(focused(el, 'pause-button')).to.equal(true);
      await advance(el, 5_000);
      expect(buttons(el)).to.deep.equal(['reset-button']);
      expect(focused(el, 'reset-button'), 'focus is not lost').to.equal(true);
      await press(el, 'reset');
      await press(el, 'start');
      expect(display(el)).to.equal('0:05');
      expect(buttons(el)).to.deep.equal(['pause-button', 'reset-button']);
    });

    it('a second start or resume click before the re-render does nothing more', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30"></stride-recovery-timer>`);
      let starts = 0;
      el.addEventListener('stride-timer-start', () => starts++);
      const start = part(el, 'start-button')!;
      start.click();
      start.click();
      await el.updateComplete;
      expect(starts).to.equal(1);
      const pause = part(el, 'pause-button')!;
      pause.click();
      pause.click();
      await el.updateComplete;
      const resume = part(el, 'resume-button')!;
      resume.click();
      resume.click();
      await el.updateComplete;
      expect(buttons(el)).to.deep.equal(['pause-button', 'reset-button']);
    });

    it('pause after the time ran out (before the wake-up) completes instead', async () => {
      const el = await timer(html`<stride-recovery-timer duration="5"></stride-recovery-timer>`);
      let complete = 0;
      el.addEventListener('stride-timer-complete', () => complete++);
      await press(el, 'start');
      clock += 6_000;
      await press(el, 'pause');
      expect(complete).to.equal(1);
      expect(buttons(el)).to.deep.equal(['reset-button']);
    });

    it('completion does not take focus when it was elsewhere', async () => {
      const el = await timer(html`<stride-recovery-timer duration="5"></stride-recovery-timer>`);
      await press(el, 'start');
      (part(el, 'pause-button') as HTMLButtonElement).blur();
      await advance(el, 5_000);
      expect(shadow(el).activeElement).to.equal(null);
    });

    it('works with the keyboard only: Tab, Space and Enter', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30"></stride-recovery-timer>`);
      await pressKey('Tab');
      expect(focused(el, 'start-button'), 'Tab reaches start').to.equal(true);
      await pressKey(' ');
      await el.updateComplete;
      expect(focused(el, 'pause-button'), 'Space started it; focus on pause').to.equal(true);
      await pressKey('Enter');
      await el.updateComplete;
      expect(focused(el, 'resume-button'), 'Enter paused it; focus on resume').to.equal(true);
      await pressKey('Enter');
      await el.updateComplete;
      expect(focused(el, 'pause-button')).to.equal(true);
      await pressKey('Tab');
      expect(focused(el, 'reset-button')).to.equal(true);
      await pressKey('Enter');
      await el.updateComplete;
      expect(focused(el, 'start-button'), 'Enter reset it; focus on start').to.equal(true);
      expect(phase(el)).to.equal(t.ready);
    });
  });

  describe('events', () => {
    it('stride-timer-start on start only (not on resume), bubbling and composed', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30"></stride-recovery-timer>`);
      const starts: CustomEvent[] = [];
      const listen = (e: Event) => starts.push(e as CustomEvent);
      document.addEventListener('stride-timer-start', listen);
      try {
        await press(el, 'start');
        await press(el, 'pause');
        await press(el, 'resume');
      } finally {
        document.removeEventListener('stride-timer-start', listen);
      }
      expect(starts).to.have.length(1);
      expect(starts[0].bubbles && starts[0].composed).to.equal(true);
      expect(starts[0].detail).to.equal(null);
    });

    it('stride-timer-phase with { phase, round } for each new phase, then stride-timer-complete once', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="2" rest="10"></stride-recovery-timer>`);
      const seen: string[] = [];
      const details: unknown[] = [];
      let flags = true;
      const listen = (e: Event) => {
        seen.push(e.type);
        if (e.type === 'stride-timer-phase') details.push((e as CustomEvent).detail);
        flags &&= e.bubbles && e.composed;
      };
      document.addEventListener('stride-timer-phase', listen);
      document.addEventListener('stride-timer-complete', listen);
      try {
        await press(el, 'start');
        expect(seen, 'no phase event for the first phase').to.deep.equal([]);
        await advance(el, 30_000);
        expect(details).to.deep.equal([{ phase: 'Rest', round: 1 }]);
        await advance(el, 10_000);
        expect(details).to.deep.equal([
          { phase: 'Rest', round: 1 },
          { phase: 'Go', round: 2 },
        ]);
        await advance(el, 30_000);
        await advance(el, 30_000);
        expect(seen).to.deep.equal(['stride-timer-phase', 'stride-timer-phase', 'stride-timer-complete']);
        expect(flags, 'bubbles and composed').to.equal(true);
      } finally {
        document.removeEventListener('stride-timer-phase', listen);
        document.removeEventListener('stride-timer-complete', listen);
      }
    });

    it('when several phases ended at once (a hidden tab), one event per phase, in order', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="2" rest="10"></stride-recovery-timer>`);
      const details: unknown[] = [];
      el.addEventListener('stride-timer-phase', (e) => details.push((e as CustomEvent).detail));
      await press(el, 'start');
      await advance(el, 45_000);
      expect(details).to.deep.equal([
        { phase: 'Rest', round: 1 },
        { phase: 'Go', round: 2 },
      ]);
      expect(display(el)).to.equal('0:25');
    });

    it('a timer that ran out while hidden completes when the tab is shown again', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30"></stride-recovery-timer>`);
      await press(el, 'start');
      let complete = 0;
      el.addEventListener('stride-timer-complete', () => complete++);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        await advance(el, 5 * 60_000);
        expect(complete, 'nothing while hidden').to.equal(0);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      expect(document.visibilityState).to.equal('visible');
      await advance(el, 0);
      expect(complete).to.equal(1);
      expect(phase(el)).to.equal(t.complete);
    });
  });

  describe('announcements', () => {
    it('a polite status region says the phase on start, each phase change and completion, and not every second', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="2" rest="10"></stride-recovery-timer>`);
      const region = live(el);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(text(region)).to.equal('');
      await press(el, 'start');
      expect(text(region)).to.equal('Go — round 1 of 2, 30 seconds');
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      const shown: string[] = [];
      for (let s = 0; s < 5; s++) {
        await advance(el, 1_000);
        shown.push(display(el));
      }
      await Promise.resolve();
      observer.disconnect();
      expect(shown).to.deep.equal(['0:29', '0:28', '0:27', '0:26', '0:25']);
      expect(mutations, 'the live region did not change with the seconds').to.have.length(0);
      await advance(el, 25_000);
      expect(text(region)).to.equal('Rest — round 1 of 2, 10 seconds');
      await advance(el, 40_000);
      expect(text(region)).to.equal(t.complete);
      await press(el, 'reset');
      expect(text(live(el))).to.equal('');
    });

    it('after several phases at once, announces only the latest', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" rounds="3" rest="10"></stride-recovery-timer>`);
      await press(el, 'start');
      const mutations: string[] = [];
      const observer = new MutationObserver(() => mutations.push(text(live(el))));
      observer.observe(live(el), { subtree: true, childList: true, characterData: true });
      await advance(el, 85_000);
      await Promise.resolve();
      observer.disconnect();
      expect(text(live(el))).to.equal('Go — round 3 of 3, 25 seconds');
      expect(new Set(mutations)).to.deep.equal(new Set(['Go — round 3 of 3, 25 seconds']));
    });
  });

  describe('timers', () => {
    it('one timeout at a time while running, none after pause, removal or completion, and no animation frames', async () => {
      const el = await timer(html`<stride-recovery-timer duration="5"></stride-recovery-timer>`);
      const timeouts = trackTimeouts();
      const realRaf = window.requestAnimationFrame;
      let frames = 0;
      window.requestAnimationFrame = (cb) => {
        frames++;
        return realRaf(cb);
      };
      try {
        expect(timeouts.pending.size, 'idle').to.equal(0);
        await press(el, 'start');
        expect(timeouts.pending.size, 'running').to.equal(1);
        for (let i = 0; i < 3; i++) {
          await advance(el, 1_000);
          expect(timeouts.pending.size, 'still one').to.equal(1);
        }
        await press(el, 'pause');
        expect(timeouts.pending.size, 'paused').to.equal(0);
        await press(el, 'resume');
        expect(timeouts.pending.size).to.equal(1);
        el.remove();
        expect(timeouts.pending.size, 'removed').to.equal(0);
        document.body.append(el);
        await el.updateComplete;
        expect(timeouts.pending.size, 'reconnected').to.equal(1);
        await advance(el, 2_000);
        expect(phase(el)).to.equal(t.complete);
        expect(timeouts.pending.size, 'complete').to.equal(0);
        expect(frames).to.equal(0);
      } finally {
        timeouts.restore();
        window.requestAnimationFrame = realRaf;
        el.remove();
      }
    });

    it('wakes when the displayed second changes: timeouts are whole-second aligned', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10"></stride-recovery-timer>`);
      const delays: number[] = [];
      const realSet = window.setTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number) => {
        delays.push(ms ?? 0);
        return realSet(fn, 60_000);
      }) as typeof window.setTimeout;
      try {
        await press(el, 'start');
        clock += 300;
        await advance(el, 0);
        clock += 1_450;
        await advance(el, 0);
      } finally {
        window.setTimeout = realSet;
      }
      expect(delays).to.deep.equal([1_000, 700, 250]);
    });

    it('a removed timer keeps its time and catches up when put back', async () => {
      const el = await timer(html`<stride-recovery-timer duration="60"></stride-recovery-timer>`);
      await press(el, 'start');
      const parent = el.parentElement!;
      el.remove();
      clock += 20_000;
      parent.append(el);
      await el.updateComplete;
      expect(display(el)).to.equal('0:40');
    });

    it('real time: a 3 s timer completes at 3 s although the main thread was blocked for 1.5 s', async () => {
      StrideRecoveryTimer.now = realNow;
      const el = await timer(html`<stride-recovery-timer duration="3"></stride-recovery-timer>`);
      const done = oneEvent(el, 'stride-timer-complete');
      const started = performance.now();
      part(el, 'start-button')!.click();
      await new Promise((r) => setTimeout(r, 500));
      busy(1_500);
      await done;
      const took = performance.now() - started;
      expect(took).to.be.within(2_700, 3_300);
      await el.updateComplete;
      expect(display(el)).to.equal('0:00');
    });

    it('real time: phases and completion arrive on time', async () => {
      StrideRecoveryTimer.now = realNow;
      const el = await timer(html`<stride-recovery-timer duration="1" rounds="2"></stride-recovery-timer>`);
      const times: number[] = [];
      const started = performance.now();
      el.addEventListener('stride-timer-phase', () => times.push(performance.now() - started));
      const done = oneEvent(el, 'stride-timer-complete');
      part(el, 'start-button')!.click();
      await done;
      times.push(performance.now() - started);
      expect(times).to.have.length(2);
      expect(times[0]).to.be.within(950, 1_250);
      expect(times[1]).to.be.within(1_950, 2_250);
    });
  });

  describe('persist', () => {
    const key = `${STORAGE_PREFIX}plank`;

    it('a running timer survives a reload and carries on', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      await advance(first, 10_000);
      expect(localStorage.getItem(key)).to.be.a('string');
      first.remove();
      clock += 5_000;
      const second = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
      expect(buttons(second)).to.deep.equal(['pause-button', 'reset-button']);
      expect(display(second)).to.equal('0:45');
      const complete = oneEvent(second, 'stride-timer-complete');
      await advance(second, 45_000);
      await complete;
      expect(localStorage.getItem(key), 'cleared on completion').to.equal(null);
      expect(warnings.messages).to.have.length(0);
    });

    it('a paused timer survives a reload, still paused', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" rounds="2" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      await advance(first, 70_000);
      await press(first, 'pause');
      first.remove();
      clock += 600_000;
      const second = await timer(html`<stride-recovery-timer duration="60" rounds="2" persist="plank"></stride-recovery-timer>`);
      expect(buttons(second)).to.deep.equal(['resume-button', 'reset-button']);
      expect(phase(second)).to.equal('Go — round 2 of 2');
      expect(display(second)).to.equal('0:50');
      await press(second, 'resume');
      await advance(second, 20_000);
      expect(display(second)).to.equal('0:30');
      await press(second, 'reset');
      expect(localStorage.getItem(key), 'cleared on reset').to.equal(null);
    });

    it('a saved timer whose time ran out completes on load', async () => {
      const first = await timer(html`<stride-recovery-timer duration="10" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      first.remove();
      clock += 60_000;
      const second = await fixture<StrideRecoveryTimer>(html`<stride-recovery-timer duration="10" persist="plank"></stride-recovery-timer>`);
      await oneEvent(second, 'stride-timer-complete');
      await second.updateComplete;
      expect(phase(second)).to.equal(t.complete);
      expect(text(live(second))).to.equal(t.complete);
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('ignores a save for a different configuration, without a warning', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      first.remove();
      for (const markup of ['duration="30"', 'duration="60" rounds="2"', 'duration="60" rest="10" rounds="2"', 'protocol="stretch-holds"']) {
        const other = await timer(`<stride-recovery-timer ${markup} persist="plank"></stride-recovery-timer>`);
        expect(buttons(other), markup).to.deep.equal(['start-button']);
        other.remove();
      }
      const same = await timer(html`<stride-recovery-timer duration="1m" label="Other words" persist="plank"></stride-recovery-timer>`);
      expect(buttons(same), 'the label is only wording').to.deep.equal(['pause-button', 'reset-button']);
      expect(warnings.messages).to.have.length(0);
    });

    for (const [name, saved] of [
      ['not JSON', '{oops'],
      ['null', 'null'],
      ['no config', JSON.stringify({ timer: { v: 1, state: 'paused', elapsedMs: 0, startedAt: null } })],
      ['a bad timer', JSON.stringify({ config: 'duration:w60', timer: { v: 1, state: 'running', elapsedMs: -5, startedAt: 1 } })],
    ]) {
      it(`ignores a corrupt save (${name}) with one warning, and removes it`, async () => {
        localStorage.setItem(key, saved);
        const el = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
        expect(buttons(el)).to.deep.equal(['start-button']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(key);
        expect(localStorage.getItem(key)).to.equal(null);
      });
    }

    it('works without storage (blocked or full), with one warning', async () => {
      const proto = Storage.prototype;
      const real = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
      const fail = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      proto.getItem = fail;
      proto.setItem = fail;
      proto.removeItem = fail;
      try {
        const el = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
        await press(el, 'start');
        await press(el, 'pause');
        await press(el, 'reset');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('localStorage');
      } finally {
        Object.assign(proto, real);
      }
    });

    it('stores nothing without persist', async () => {
      const before = localStorage.length;
      const el = await timer(html`<stride-recovery-timer duration="60"></stride-recovery-timer>`);
      await press(el, 'start');
      expect(localStorage.length).to.equal(before);
    });
  });

  describe('sound', () => {
    class FakeAudioContext {
      static made: FakeAudioContext[] = [];
      state: AudioContextState = 'running';
      currentTime = 0;
      destination = {};
      tones: { frequency: number; ramps: [string, number, number][] }[] = [];
      calls: string[] = [];
      constructor() {
        FakeAudioContext.made.push(this);
      }
      createOscillator() {
        const osc = new EventTarget() as EventTarget & Record<string, unknown>;
        const frequency = { value: 0 };
        Object.assign(osc, {
          type: '',
          frequency,
          onended: null,
          connect: (node: unknown) => node,
          disconnect: () => {},
          start: () => this.calls.push('start'),
          stop: () => {
            this.calls.push('stop');
            queueMicrotask(() => {
              (osc.onended as (() => void) | null)?.();
              osc.dispatchEvent(new Event('ended'));
            });
          },
        });
        this.tones.push({
          get frequency() {
            return frequency.value;
          },
          ramps: [],
        });
        return osc;
      }
      createGain() {
        const ramps = this.tones[this.tones.length - 1].ramps;
        const record = (name: string) => (value: number, at: number) => ramps.push([name, value, at]);
        return {
          gain: { setValueAtTime: record('set'), exponentialRampToValueAtTime: record('ramp') },
          connect: (node: unknown) => node,
          disconnect: () => {},
        };
      }
      resume() {
        this.calls.push('resume');
        this.state = 'running';
        return Promise.resolve();
      }
      suspend() {
        this.calls.push('suspend');
        this.state = 'suspended';
        return Promise.resolve();
      }
      close() {
        this.calls.push('close');
        this.state = 'closed';
        return Promise.resolve();
      }
    }
    const realAudioContext = window.AudioContext;
    beforeEach(() => {
      FakeAudioContext.made = [];
      window.AudioContext = FakeAudioContext as unknown as typeof AudioContext;
    });
    afterEach(() => {
      window.AudioContext = realAudioContext;
    });

    it('makes no AudioContext at load, one on the start click, and a gentle 880 Hz tone at each phase end', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" rounds="2" sound></stride-recovery-timer>`);
      expect(FakeAudioContext.made, 'none at load').to.have.length(0);
      await press(el, 'start');
      expect(FakeAudioContext.made).to.have.length(1);
      const audio = FakeAudioContext.made[0];
      expect(audio.tones).to.have.length(0);
      await advance(el, 10_000);
      expect(audio.tones).to.have.length(1);
      expect(audio.tones[0].frequency).to.equal(880);
      const peak = Math.max(...audio.tones[0].ramps.map((r) => r[1]));
      expect(peak).to.be.at.most(0.3);
      expect(audio.tones[0].ramps[0][1], 'starts silent').to.be.below(0.001);
      expect(audio.tones[0].ramps.at(-1)![1], 'ends silent').to.be.below(0.001);
      expect(audio.tones[0].ramps.at(-1)![2], 'short').to.be.at.most(0.3);
      await advance(el, 10_000);
      expect(audio.tones, 'and at completion').to.have.length(2);
      await new Promise((r) => setTimeout(r, 0));
      expect(audio.calls.at(-1), 'suspended after the last tone').to.equal('suspend');
    });

    it('pause suspends the audio, resume resumes it in the click, removal closes it', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" sound></stride-recovery-timer>`);
      await press(el, 'start');
      const audio = FakeAudioContext.made[0];
      await press(el, 'pause');
      expect(audio.calls).to.deep.equal(['suspend']);
      await press(el, 'resume');
      expect(audio.calls).to.deep.equal(['suspend', 'resume']);
      expect(FakeAudioContext.made).to.have.length(1);
      el.remove();
      expect(audio.calls.at(-1)).to.equal('close');
    });

    it('plays nothing and makes no AudioContext without sound', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" rounds="2"></stride-recovery-timer>`);
      await press(el, 'start');
      await advance(el, 20_000);
      expect(phase(el)).to.equal(t.complete);
      expect(FakeAudioContext.made).to.have.length(0);
    });
  });

  describe('keep-awake', () => {
    class FakeSentinel extends EventTarget {
      released = false;
      type = 'screen';
      onrelease = null;
      releases = 0;
      release() {
        this.releases++;
        if (!this.released) {
          this.released = true;
          this.dispatchEvent(new Event('release'));
        }
        return Promise.resolve();
      }
    }
    let requests: string[];
    let sentinels: FakeSentinel[];
    let refuse: boolean;
    beforeEach(() => {
      requests = [];
      sentinels = [];
      refuse = false;
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async (type: string) => {
            requests.push(type);
            if (refuse) throw new DOMException('not allowed', 'NotAllowedError');
            const s = new FakeSentinel();
            sentinels.push(s);
            return s;
          },
        },
      });
    });
    afterEach(() => {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    });
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const held = () => sentinels.filter((s) => !s.released).length;

    it('holds a screen wake lock while running; lets it go on pause, completion and removal', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" keep-awake></stride-recovery-timer>`);
      expect(requests, 'nothing before start').to.deep.equal([]);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal(['screen']);
      expect(held()).to.equal(1);
      await press(el, 'pause');
      expect(held(), 'released on pause').to.equal(0);
      await press(el, 'resume');
      await settle();
      expect(held()).to.equal(1);
      await advance(el, 10_000);
      expect(phase(el)).to.equal(t.complete);
      expect(held(), 'released on completion').to.equal(0);
      await press(el, 'reset');
      await press(el, 'start');
      await settle();
      expect(held()).to.equal(1);
      el.remove();
      expect(held(), 'released on removal').to.equal(0);
      document.body.append(el);
      await settle();
      expect(held(), 'taken again when put back while running').to.equal(1);
      el.remove();
      expect(requests).to.have.length(4);
    });

    it('takes it again when the page is shown after the browser dropped it, and lets go on reset', async () => {
      const el = await timer(html`<stride-recovery-timer duration="60" keep-awake></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      sentinels[0].release(); // the browser does this when the page is hidden
      await advance(el, 1_000);
      await settle();
      expect(requests).to.have.length(2);
      expect(held()).to.equal(1);
      await press(el, 'reset');
      expect(held()).to.equal(0);
    });

    it('follows keep-awake being set and removed while running', async () => {
      const el = await timer(html`<stride-recovery-timer duration="60"></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal([]);
      el.keepAwake = true;
      await el.updateComplete;
      await settle();
      expect(held()).to.equal(1);
      el.keepAwake = false;
      await el.updateComplete;
      expect(held()).to.equal(0);
    });

    it('ignores a refusal', async () => {
      refuse = true;
      const el = await timer(html`<stride-recovery-timer duration="10" keep-awake></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal(['screen']);
      await advance(el, 10_000);
      expect(phase(el)).to.equal(t.complete);
    });

    it('does nothing without keep-awake, or where unsupported', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10"></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal([]);
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined });
      const other = await timer(html`<stride-recovery-timer duration="10" keep-awake></stride-recovery-timer>`);
      await press(other, 'start');
      await settle();
      await advance(other, 10_000);
      expect(phase(other)).to.equal(t.complete);
    });

    it('a restored running timer takes the lock again', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" persist="awake" keep-awake></stride-recovery-timer>`);
      await press(first, 'start');
      await settle();
      first.remove();
      expect(held()).to.equal(0);
      await timer(html`<stride-recovery-timer duration="60" persist="awake" keep-awake></stride-recovery-timer>`);
      await settle();
      expect(held()).to.equal(1);
    });
  });

  describe('accessibility in every state', () => {
    it('idle, running, paused and complete', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="plank-holds"></stride-recovery-timer>`);
      await expect(el).to.be.accessible();
      await press(el, 'start');
      await advance(el, 35_000); // a rest phase
      await expect(el).to.be.accessible();
      await press(el, 'pause');
      await expect(el).to.be.accessible();
      await press(el, 'resume');
      await advance(el, 300_000);
      expect(phase(el)).to.equal(t.complete);
      await expect(el).to.be.accessible();
    });

    it('dark theme, running and complete', async () => {
      const el = await timer(html`<stride-recovery-timer protocol="stretch-holds" theme="dark"></stride-recovery-timer>`);
      await press(el, 'start');
      await advance(el, 32_000);
      await expect(el).to.be.accessible();
      await advance(el, 300_000);
      await expect(el).to.be.accessible();
    });
  });
});
