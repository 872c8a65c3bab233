import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import type { Protocol } from '../../src/catalogue/schema';
import {
  TimerModel,
  buildPhases,
  type Phase,
  type PlanInput,
  type TimerEvent,
} from '../../src/components/recovery-timer/timer-model';
import { mulberry32 } from '../helpers/random';


/** A compact picture of phases: `W1.2` = work, set 1, round 2; `R…` rest. */
const picture = (phases: readonly Phase[]) =>
  phases.map((p) => `${p.kind === 'work' ? 'W' : 'R'}${p.set}.${p.round}`).join(' ');

/** A compact picture of events. */
const describeEvents = (events: readonly TimerEvent[]) =>
  events.map((e) => (e.type === 'complete' ? 'complete' : `phase ${e.phaseIndex} ${e.phase.label}`));

const hold = { label: 'Hold', seconds: 10 };
const relax = { label: 'Relax', seconds: 5 };
const between = { label: 'Between sets', seconds: 30 };

/** McGill-style pyramid: 6, 4, 2 holds of 10 s, 5 s between, 30 s between sets. */
const MCGILL: PlanInput = {
  sets: [6, 4, 2].map((rounds) => ({ rounds, work: hold, rest: relax })),
  setRest: between,
};

describe('timer-model: buildPhases', () => {
  it('one set of one round is a single work phase', () => {
    expect(buildPhases({ sets: [{ rounds: 1, work: { label: 'Ice on', seconds: 900 } }] })).to.deep.equal([
      { label: 'Ice on', seconds: 900, kind: 'work', round: 1, rounds: 1, set: 1, sets: 1 },
    ]);
  });

  it('one round with a rest and a set rest still has no rest', () => {
    const phases = buildPhases({ sets: [{ rounds: 1, work: hold, rest: relax }], setRest: between });
    expect(picture(phases)).to.equal('W1.1');
  });

  it('rounds alternate work and rest, with no rest after the last round', () => {
    expect(buildPhases({ sets: [{ rounds: 3, work: hold, rest: relax }] })).to.deep.equal([
      { label: 'Hold', seconds: 10, kind: 'work', round: 1, rounds: 3, set: 1, sets: 1 },
      { label: 'Relax', seconds: 5, kind: 'rest', round: 1, rounds: 3, set: 1, sets: 1 },
      { label: 'Hold', seconds: 10, kind: 'work', round: 2, rounds: 3, set: 1, sets: 1 },
      { label: 'Relax', seconds: 5, kind: 'rest', round: 2, rounds: 3, set: 1, sets: 1 },
      { label: 'Hold', seconds: 10, kind: 'work', round: 3, rounds: 3, set: 1, sets: 1 },
    ]);
  });

  it('rounds without a rest follow each other directly', () => {
    expect(picture(buildPhases({ sets: [{ rounds: 3, work: hold }] }))).to.equal('W1.1 W1.2 W1.3');
  });

  it('a rest of 0 seconds means no rest', () => {
    const phases = buildPhases({
      sets: [{ rounds: 2, work: hold, rest: { label: 'Rest', seconds: 0 } }, { rounds: 1, work: hold }],
      setRest: { label: 'Between', seconds: 0 },
    });
    expect(picture(phases)).to.equal('W1.1 W1.2 W2.1');
  });

  it('puts the set rest between sets only, numbered as the round it follows', () => {
    const phases = buildPhases({
      sets: [
        { rounds: 2, work: hold, rest: relax },
        { rounds: 3, work: { label: 'Plank', seconds: 20 } },
        { rounds: 1, work: hold, rest: relax },
      ],
      setRest: between,
    });
    expect(picture(phases)).to.equal('W1.1 R1.1 W1.2 R1.2 W2.1 W2.2 W2.3 R2.3 W3.1');
    expect(phases.map((p) => p.label)).to.deep.equal([
      'Hold', 'Relax', 'Hold', 'Between sets', 'Plank', 'Plank', 'Plank', 'Between sets', 'Hold',
    ]);
    expect(phases[3]).to.deep.equal({
      label: 'Between sets', seconds: 30, kind: 'rest', round: 2, rounds: 2, set: 1, sets: 3,
    });
    expect(phases.map((p) => p.rounds)).to.deep.equal([2, 2, 2, 2, 3, 3, 3, 3, 1]);
    expect(phases.every((p) => p.sets === 3)).to.equal(true);
  });

  it('without a set rest, sets follow each other directly', () => {
    const phases = buildPhases({ sets: [{ rounds: 2, work: hold, rest: relax }, { rounds: 2, work: hold }] });
    expect(picture(phases)).to.equal('W1.1 R1.1 W1.2 W2.1 W2.2');
  });

  it('builds the McGill pyramid (6/4/2 × Hold 10 / Relax 5, 30 between sets)', () => {
    const phases = buildPhases(MCGILL);
    const rounds = [6, 4, 2];
    // Counted by formula: each set has r holds and r − 1 relaxes; one set rest between sets.
    const expectedCount = rounds.reduce((n, r) => n + 2 * r - 1, 0) + (rounds.length - 1);
    const expectedSeconds =
      rounds.reduce((s, r) => s + r * 10 + (r - 1) * 5, 0) + (rounds.length - 1) * 30;
    expect(phases.length).to.equal(expectedCount);
    expect(expectedCount).to.equal(23);
    expect(phases.reduce((s, p) => s + p.seconds, 0)).to.equal(expectedSeconds);
    expect(expectedSeconds).to.equal(225);
    expect(picture(phases)).to.equal(
      'W1.1 R1.1 W1.2 R1.2 W1.3 R1.3 W1.4 R1.4 W1.5 R1.5 W1.6 R1.6 ' +
        'W2.1 R2.1 W2.2 R2.2 W2.3 R2.3 W2.4 R2.4 W3.1 R3.1 W3.2',
    );
    // The rests after a set's last round are the 30 s set rests.
    expect(phases.filter((p) => p.seconds === 30).map((p) => `${p.set}.${p.round}`)).to.deep.equal(['1.6', '2.4']);
    expect(phases.filter((p) => p.kind === 'work').length).to.equal(12);
  });

  it('keeps its invariants on 300 seeded random plans', () => {
    const rand = mulberry32(3);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    for (let n = 0; n < 300; n++) {
      const plan: PlanInput = {
        sets: Array.from({ length: int(1, 5) }, (_, i) => ({
          rounds: int(1, 8),
          work: { label: `work-${i}`, seconds: int(1, 60) },
          rest: rand() < 0.6 ? { label: `rest-${i}`, seconds: int(1, 30) } : undefined,
        })),
        setRest: rand() < 0.5 ? { label: 'set-rest', seconds: int(1, 90) } : undefined,
      };
      const phases = buildPhases(plan);
      const S = plan.sets.length;
      const count = plan.sets.reduce((c, s) => c + s.rounds + (s.rest ? s.rounds - 1 : 0), 0) + (plan.setRest ? S - 1 : 0);
      const total =
        plan.sets.reduce((c, s) => c + s.rounds * s.work.seconds + (s.rest ? (s.rounds - 1) * s.rest.seconds : 0), 0) +
        (plan.setRest ? (S - 1) * plan.setRest.seconds : 0);
      expect(phases.length).to.equal(count);
      expect(phases.reduce((c, p) => c + p.seconds, 0)).to.equal(total);
      expect(phases[0].kind).to.equal('work');
      expect(phases[phases.length - 1].kind, 'no trailing rest').to.equal('work');
      phases.forEach((p, i) => {
        expect(p.sets).to.equal(S);
        expect(p.rounds).to.equal(plan.sets[p.set - 1].rounds);
        if (p.kind === 'rest') {
          // A rest follows a work phase and carries its numbers.
          const before = phases[i - 1];
          expect(before.kind).to.equal('work');
          expect([before.round, before.set]).to.deep.equal([p.round, p.set]);
        }
      });
      const works = phases.filter((p) => p.kind === 'work').map((p) => `${p.set}.${p.round}`);
      const expectedWorks = plan.sets.flatMap((s, i) => Array.from({ length: s.rounds }, (_, r) => `${i + 1}.${r + 1}`));
      expect(works).to.deep.equal(expectedWorks);
    }
  });

  it('accepts a catalogue Protocol as it is', () => {
    const protocol: Protocol = {
      id: 'test',
      label: 'Test',
      sets: [{ rounds: 2, work: hold, rest: relax }],
      safetyNote: 'Stop if it hurts.',
      sources: ['x'],
    };
    expect(picture(buildPhases(protocol))).to.equal('W1.1 R1.1 W1.2');
  });
});

describe('timer-model: TimerModel', () => {
  let t = 0;
  const now = () => t;
  /** Hold 5, Rest 3, Hold 5: boundaries at 5000, 8000; total 13000 ms. */
  const SHORT = buildPhases({
    sets: [{ rounds: 2, work: { label: 'Hold', seconds: 5 }, rest: { label: 'Rest', seconds: 3 } }],
  });
  beforeEach(() => {
    t = 0;
  });

  describe('construction', () => {
    it('throws a RangeError without phases or with a phase that has no length', () => {
      expect(() => new TimerModel([], now)).to.throw(RangeError);
      const bad = (seconds: number) => [{ ...SHORT[0], seconds }];
      for (const seconds of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(() => new TimerModel(bad(seconds), now), String(seconds)).to.throw(RangeError);
      }
    });

    it('keeps its own frozen copy of the phases', () => {
      const input = buildPhases({ sets: [{ rounds: 1, work: { label: 'Hold', seconds: 5 } }] });
      const model = new TimerModel(input, now);
      input[0].seconds = 99;
      input.push({ ...input[0] });
      expect(model.phases.length).to.equal(1);
      expect(model.phases[0].seconds).to.equal(5);
      expect(Object.isFrozen(model.phases)).to.equal(true);
      expect(Object.isFrozen(model.phases[0])).to.equal(true);
      expect(model.snapshot().totalMs).to.equal(5000);
    });

    it('starts idle, at the start of the first phase', () => {
      t = 12_345;
      const model = new TimerModel(SHORT, now);
      expect(model.state).to.equal('idle');
      expect(model.snapshot()).to.deep.equal({
        state: 'idle', phaseIndex: 0, phase: SHORT[0], remainingMs: 5000, elapsedMs: 0, totalMs: 13_000,
      });
      t = 99_999;
      expect(model.snapshot().elapsedMs).to.equal(0);
      expect(model.update()).to.deep.equal([]);
      expect(model.msUntilNextChange()).to.equal(null);
      expect(model.save()).to.equal(null);
    });
  });

  describe('running', () => {
    it('start() runs from 0 and reports no event for phase 0', () => {
      t = 1000;
      const model = new TimerModel(SHORT, now);
      model.start();
      expect(model.state).to.equal('running');
      expect(model.update()).to.deep.equal([]);
      t = 2500;
      expect(model.snapshot()).to.deep.equal({
        state: 'running', phaseIndex: 0, phase: SHORT[0], remainingMs: 3500, elapsedMs: 1500, totalMs: 13_000,
      });
    });

    it('start() while running, paused or complete changes nothing', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 500;
      model.start();
      expect(model.snapshot().elapsedMs).to.equal(500);
      model.pause();
      model.start();
      expect(model.state).to.equal('paused');
      model.resume();
      t = 20_000;
      model.update();
      model.start();
      expect(model.state).to.equal('complete');
    });

    it('driven second by second: the exact events at the exact seconds', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      const log: string[] = [];
      for (t = 0; t <= 16_000; t += 1000) {
        for (const e of describeEvents(model.update())) log.push(`${t} ${e}`);
      }
      expect(log).to.deep.equal(['5000 phase 1 Rest', '8000 phase 2 Hold', '13000 complete']);
      expect(model.state).to.equal('complete');
    });

    it('reports each second the right phase and time left', () => {
      // Written out by hand: [t, phaseIndex, remainingMs].
      const table: [number, number, number][] = [
        [0, 0, 5000], [1000, 0, 4000], [4000, 0, 1000], [4999, 0, 1], [5000, 1, 3000],
        [7000, 1, 1000], [8000, 2, 5000], [12_000, 2, 1000], [12_999, 2, 1],
      ];
      const model = new TimerModel(SHORT, now);
      model.start();
      for (const [time, phaseIndex, remainingMs] of table) {
        t = time;
        const s = model.snapshot();
        expect([s.state, s.phaseIndex, s.remainingMs, s.elapsedMs], String(time)).to.deep.equal([
          'running', phaseIndex, remainingMs, time,
        ]);
        expect(s.phase).to.equal(model.phases[phaseIndex]);
      }
      t = 13_000;
      expect(model.snapshot()).to.deep.equal({
        state: 'complete', phaseIndex: 2, phase: SHORT[2], remainingMs: 0, elapsedMs: 13_000, totalMs: 13_000,
      });
      // Complete in the snapshot before update() makes it so.
      expect(model.state).to.equal('running');
    });

    it('a jump across several boundaries reports each of them, in order', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 12_000;
      expect(describeEvents(model.update())).to.deep.equal(['phase 1 Rest', 'phase 2 Hold']);
      expect(model.update()).to.deep.equal([]);
      t = 13_000;
      expect(model.update()).to.deep.equal([{ type: 'complete' }]);
    });

    it('a jump past the end reports every phase, then complete, once', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 3_600_000;
      expect(model.update()).to.deep.equal([
        { type: 'phase', phaseIndex: 1, phase: SHORT[1] },
        { type: 'phase', phaseIndex: 2, phase: SHORT[2] },
        { type: 'complete' },
      ]);
      expect(model.state).to.equal('complete');
      t = 7_200_000;
      expect(model.update()).to.deep.equal([]);
      expect(model.snapshot()).to.deep.include({ state: 'complete', elapsedMs: 13_000, remainingMs: 0, phaseIndex: 2 });
      expect(model.msUntilNextChange()).to.equal(null);
      expect(model.save()).to.equal(null);
    });

    it('a boundary is reported by the first update at or after it', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      const log: string[] = [];
      for (t = 0; t <= 14_000; t += 250) {
        for (const e of describeEvents(model.update())) log.push(`${t} ${e}`);
      }
      expect(log).to.deep.equal(['5000 phase 1 Rest', '8000 phase 2 Hold', '13000 complete']);
      t = 0;
      const model2 = new TimerModel(SHORT, now);
      model2.start();
      const log2: string[] = [];
      for (t = 0; t <= 14_000; t += 700) {
        for (const e of describeEvents(model2.update())) log2.push(`${t} ${e}`);
      }
      expect(log2).to.deep.equal(['5600 phase 1 Rest', '8400 phase 2 Hold', '13300 complete']);
    });

    it('drives the McGill protocol second by second with events at the cumulative boundaries', () => {
      const phases = buildPhases(MCGILL);
      const model = new TimerModel(phases, now);
      t = 50_000; // the clock need not start at 0
      model.start();
      const log: string[] = [];
      for (t = 50_000; t <= 50_000 + 240_000; t += 1000) {
        for (const e of model.update()) {
          log.push(`${t - 50_000} ${e.type === 'phase' ? e.phaseIndex : 'complete'}`);
        }
      }
      const expected: string[] = [];
      let boundary = 0;
      phases.forEach((p, i) => {
        if (i > 0) expected.push(`${boundary} ${i}`);
        boundary += p.seconds * 1000;
      });
      expected.push(`${boundary} complete`);
      expect(boundary).to.equal(225_000);
      expect(log).to.deep.equal(expected);
    });

    it('gives the same events whatever the pattern of updates (300 seeded runs)', () => {
      const phases = buildPhases(MCGILL);
      const total = 225_000;
      const rand = mulberry32(42);
      for (let run = 0; run < 300; run++) {
        t = Math.floor(rand() * 1e9);
        const start = t;
        const model = new TimerModel(phases, now);
        model.start();
        const indexes: (number | 'complete')[] = [];
        let completedAt = -1;
        while (model.state !== 'complete') {
          // Mostly small steps, sometimes a big jump (a hidden tab).
          t += rand() < 0.1 ? Math.floor(rand() * 120_000) : Math.floor(rand() * 1500);
          for (const e of model.update()) {
            indexes.push(e.type === 'phase' ? e.phaseIndex : 'complete');
            if (e.type === 'complete') completedAt = t - start;
          }
        }
        const expected: (number | 'complete')[] = [...phases.keys()].slice(1);
        expect(indexes).to.deep.equal([...expected, 'complete']);
        expect(completedAt).to.be.at.least(total);
        expect(model.snapshot().elapsedMs).to.equal(total);
      }
    });

    it('a 3-second timer updated every 1.5 s completes at exactly 3000 ms elapsed', () => {
      const model = new TimerModel([{ label: 'Go', seconds: 3, kind: 'work', round: 1, rounds: 1, set: 1, sets: 1 }], now);
      model.start();
      t = 1500;
      expect(model.update()).to.deep.equal([]);
      expect(model.snapshot().remainingMs).to.equal(1500);
      t = 3000;
      expect(model.update()).to.deep.equal([{ type: 'complete' }]);

      // Not a tick early: at 2999 ms it is still running.
      t = 0;
      const again = new TimerModel(model.phases, now);
      again.start();
      for (t of [1499.5, 2999]) expect(again.update(), String(t)).to.deep.equal([]);
      expect(again.snapshot().remainingMs).to.equal(1);
      t = 3000;
      expect(again.update()).to.deep.equal([{ type: 'complete' }]);
    });
  });

  describe('pause, resume and reset', () => {
    it('pause freezes time; resume continues from there', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 2000;
      model.pause();
      expect(model.state).to.equal('paused');
      t = 60_000;
      expect(model.snapshot()).to.deep.include({ state: 'paused', elapsedMs: 2000, remainingMs: 3000, phaseIndex: 0 });
      expect(model.update()).to.deep.equal([]);
      expect(model.msUntilNextChange()).to.equal(null);
      model.resume();
      expect(model.state).to.equal('running');
      expect(model.snapshot().elapsedMs).to.equal(2000);
      t = 62_999;
      expect(model.update()).to.deep.equal([]);
      t = 63_000;
      expect(describeEvents(model.update())).to.deep.equal(['phase 1 Rest']);
      expect(model.snapshot().elapsedMs).to.equal(5000);
    });

    it('several pauses add up', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      for (let i = 0; i < 13; i++) {
        t += 1000;
        model.pause();
        t += 12_345;
        model.resume();
      }
      expect(model.snapshot().elapsedMs).to.equal(13_000);
      expect(model.update().map((e) => e.type)).to.deep.equal(['phase', 'phase', 'complete']);
    });

    it('pause and resume out of turn change nothing', () => {
      const model = new TimerModel(SHORT, now);
      model.pause();
      model.resume();
      expect(model.state).to.equal('idle');
      model.start();
      t = 1000;
      model.resume();
      t = 2000;
      expect(model.snapshot().elapsedMs).to.equal(2000);
      model.pause();
      t = 3000;
      model.pause();
      expect(model.snapshot().elapsedMs).to.equal(2000);
    });

    it('a boundary crossed before a pause is still reported after it', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 6000;
      model.pause();
      t = 100_000;
      expect(describeEvents(model.update())).to.deep.equal(['phase 1 Rest']);
      expect(model.update()).to.deep.equal([]);
    });

    it('a pause after the end (before an update) completes on the next update', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 20_000;
      model.pause();
      expect(model.state).to.equal('paused');
      expect(model.snapshot()).to.deep.include({ state: 'complete', elapsedMs: 13_000, remainingMs: 0 });
      expect(model.save()).to.deep.equal({ v: 1, state: 'paused', elapsedMs: 13_000, startedAt: null });
      expect(describeEvents(model.update())).to.deep.equal(['phase 1 Rest', 'phase 2 Hold', 'complete']);
      expect(model.state).to.equal('complete');
    });

    it('reset returns to idle from every state, and a new start begins afresh', () => {
      for (const setUp of ['running', 'paused', 'complete'] as const) {
        t = 0;
        const model = new TimerModel(SHORT, now);
        model.start();
        t = 9000;
        model.update();
        if (setUp === 'paused') model.pause();
        if (setUp === 'complete') {
          t = 13_000;
          model.update();
        }
        expect(model.state).to.equal(setUp);
        model.reset();
        expect(model.state, setUp).to.equal('idle');
        expect(model.snapshot()).to.deep.equal({
          state: 'idle', phaseIndex: 0, phase: SHORT[0], remainingMs: 5000, elapsedMs: 0, totalMs: 13_000,
        });
        expect(model.update()).to.deep.equal([]);
        expect(model.save()).to.equal(null);
        t = 50_000;
        model.start();
        t = 58_000;
        expect(describeEvents(model.update()), setUp).to.deep.equal(['phase 1 Rest', 'phase 2 Hold']);
      }
    });
  });

  describe('msUntilNextChange', () => {
    it('is the time until the shown second changes or the phase ends', () => {
      // [t, expected]: remaining 5000 → 1000; 4500 → 500; 2500 → 500; 1000 → 1000; 1 → 1.
      const table: [number, number][] = [
        [0, 1000], [1, 999], [500, 500], [999, 1], [1000, 1000], [2500, 500], [4000, 1000],
        [4001, 999], [4999, 1], [5000, 1000], [5300, 700], [12_999, 1],
      ];
      const model = new TimerModel(SHORT, now);
      model.start();
      for (const [time, ms] of table) {
        t = time;
        expect(model.msUntilNextChange(), String(time)).to.equal(ms);
      }
    });

    it('is at least 1 and a whole number for a fractional clock', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 4000.25;
      expect(model.msUntilNextChange()).to.equal(1000);
      t = 4999.7;
      expect(model.msUntilNextChange()).to.equal(1);
    });

    it('is 1 when time is up but not yet reported, null once complete or not running', () => {
      const model = new TimerModel(SHORT, now);
      expect(model.msUntilNextChange()).to.equal(null);
      model.start();
      t = 13_000;
      expect(model.msUntilNextChange()).to.equal(1);
      model.update();
      expect(model.msUntilNextChange()).to.equal(null);
    });

    it('waking at the time it gives shows a change, and a moment earlier none (2,000 seeded times)', () => {
      const phases = buildPhases(MCGILL);
      const shown = (time: number) => {
        t = 0;
        const m = new TimerModel(phases, now);
        m.start();
        t = time;
        const s = m.snapshot();
        return `${s.state} ${s.phaseIndex} ${Math.ceil(s.remainingMs / 1000)}`;
      };
      const rand = mulberry32(5);
      for (let n = 0; n < 2000; n++) {
        const time = Math.floor(rand() * 225_000);
        t = 0;
        const model = new TimerModel(phases, now);
        model.start();
        t = time;
        const ms = model.msUntilNextChange()!;
        expect(ms).to.be.within(1, 1000);
        expect(shown(time + ms), `${time}+${ms}`).to.not.equal(shown(time));
        if (ms > 1) expect(shown(time + ms - 1), `${time}+${ms}-1`).to.equal(shown(time));
      }
    });
  });

  describe('a clock that goes backwards', () => {
    it('never makes elapsed time negative or smaller, and time counts on from the new clock', () => {
      t = 10_000;
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 12_000;
      expect(model.snapshot().elapsedMs).to.equal(2000);
      t = 5000; // before the start
      expect(model.snapshot().elapsedMs).to.equal(2000);
      t = 6000;
      expect(model.snapshot().elapsedMs).to.equal(3000);
      t = 5500; // back again, but still after the start
      expect(model.snapshot().elapsedMs).to.equal(3000);
      t = 7500;
      expect(model.snapshot().elapsedMs).to.equal(5000);
      expect(describeEvents(model.update())).to.deep.equal(['phase 1 Rest']);
      // Saved state is rebased on the clock as it was when it went back.
      expect(model.save()).to.deep.equal({ v: 1, state: 'running', elapsedMs: 3000, startedAt: 5500 });
    });

    it('does not repeat a phase event when it swings back and forth', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      const log: string[] = [];
      for (const time of [4000, 5500, 4500, 5000, 3000, 9000]) {
        t = time;
        log.push(...describeEvents(model.update()));
      }
      expect(log).to.deep.equal(['phase 1 Rest', 'phase 2 Hold']);
    });

    it('a backwards jump in save() is settled before saving', () => {
      t = 10_000;
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 11_000;
      model.snapshot();
      t = 1000;
      expect(model.save()).to.deep.equal({ v: 1, state: 'running', elapsedMs: 1000, startedAt: 1000 });
    });
  });

  describe('save and restore', () => {
    it('round-trips a running timer through JSON; time kept running meanwhile', () => {
      t = 1000;
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 3000;
      const saved = model.save();
      expect(saved).to.deep.equal({ v: 1, state: 'running', elapsedMs: 0, startedAt: 1000 });
      t = 4000;
      const restored = TimerModel.restore(SHORT, now, JSON.parse(JSON.stringify(saved)))!;
      expect(restored).to.not.equal(null);
      expect(restored.state).to.equal('running');
      expect(restored.snapshot()).to.deep.include({ state: 'running', elapsedMs: 3000, phaseIndex: 0 });
      expect(restored.update()).to.deep.equal([]);
      t = 6000;
      expect(describeEvents(restored.update())).to.deep.equal(['phase 1 Rest']);
      expect(restored.msUntilNextChange()).to.equal(1000);
    });

    it('saves a resumed timer as the time before the resume and the resume time', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 2000;
      model.pause();
      t = 10_000;
      model.resume();
      t = 11_000;
      expect(model.save()).to.deep.equal({ v: 1, state: 'running', elapsedMs: 2000, startedAt: 10_000 });
      const restored = TimerModel.restore(SHORT, now, model.save())!;
      expect(restored.snapshot().elapsedMs).to.equal(3000);
    });

    it('round-trips a paused timer, which stays paused whatever the clock', () => {
      const model = new TimerModel(SHORT, now);
      model.start();
      t = 2000;
      model.pause();
      const saved = model.save();
      expect(saved).to.deep.equal({ v: 1, state: 'paused', elapsedMs: 2000, startedAt: null });
      t = 1_000_000;
      const restored = TimerModel.restore(SHORT, now, JSON.parse(JSON.stringify(saved)))!;
      expect(restored.state).to.equal('paused');
      expect(restored.snapshot()).to.deep.include({ state: 'paused', elapsedMs: 2000, remainingMs: 3000 });
      expect(restored.msUntilNextChange()).to.equal(null);
      expect(restored.save()).to.deep.equal(saved);
      restored.resume();
      t = 1_003_000;
      expect(describeEvents(restored.update())).to.deep.equal(['phase 1 Rest']);
    });

    it('does not report again the phases reached before the save', () => {
      const saved = { v: 1, state: 'paused', elapsedMs: 6000, startedAt: null };
      const restored = TimerModel.restore(SHORT, now, saved)!;
      expect(restored.update()).to.deep.equal([]);
      restored.resume();
      t = 2000;
      expect(describeEvents(restored.update())).to.deep.equal(['phase 2 Hold']);
    });

    it('restored after the clock passed the end: the next update reports the crossed phases and complete', () => {
      const saved = { v: 1, state: 'running', elapsedMs: 0, startedAt: 1000 };
      t = 500_000;
      const restored = TimerModel.restore(SHORT, now, saved)!;
      expect(restored.snapshot()).to.deep.include({ state: 'complete', elapsedMs: 13_000, remainingMs: 0 });
      expect(describeEvents(restored.update())).to.deep.equal(['phase 1 Rest', 'phase 2 Hold', 'complete']);
      expect(restored.state).to.equal('complete');
      expect(restored.save()).to.equal(null);
    });

    it('restored with a start time in the future (clock set back): elapsed is not negative', () => {
      t = 1000;
      const restored = TimerModel.restore(SHORT, now, { v: 1, state: 'running', elapsedMs: 2500, startedAt: 9000 })!;
      expect(restored.snapshot().elapsedMs).to.equal(2500);
      t = 2000;
      expect(restored.snapshot().elapsedMs).to.equal(3500);
    });

    it('accepts 0 and ignores unknown extra keys', () => {
      const restored = TimerModel.restore(SHORT, now, { v: 1, state: 'running', elapsedMs: 0, startedAt: 0, extra: 'x' });
      expect(restored?.state).to.equal('running');
    });

    const CORRUPT: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a string', '{"v":1,"state":"paused","elapsedMs":0,"startedAt":null}'],
      ['a number', 1],
      ['true', true],
      ['an array', [1, 'paused', 0, null]],
      ['{}', {}],
      ['v 2', { v: 2, state: 'paused', elapsedMs: 0, startedAt: null }],
      ['v "1"', { v: '1', state: 'paused', elapsedMs: 0, startedAt: null }],
      ['no v', { state: 'paused', elapsedMs: 0, startedAt: null }],
      ['state idle', { v: 1, state: 'idle', elapsedMs: 0, startedAt: null }],
      ['state complete', { v: 1, state: 'complete', elapsedMs: 0, startedAt: null }],
      ['state missing', { v: 1, elapsedMs: 0, startedAt: null }],
      ['negative elapsed', { v: 1, state: 'paused', elapsedMs: -1, startedAt: null }],
      ['NaN elapsed', { v: 1, state: 'paused', elapsedMs: Number.NaN, startedAt: null }],
      ['infinite elapsed', { v: 1, state: 'paused', elapsedMs: Number.POSITIVE_INFINITY, startedAt: null }],
      ['string elapsed', { v: 1, state: 'paused', elapsedMs: '5', startedAt: null }],
      ['null elapsed', { v: 1, state: 'paused', elapsedMs: null, startedAt: null }],
      ['running without startedAt', { v: 1, state: 'running', elapsedMs: 0, startedAt: null }],
      ['running, startedAt missing', { v: 1, state: 'running', elapsedMs: 0 }],
      ['running, negative startedAt', { v: 1, state: 'running', elapsedMs: 0, startedAt: -5 }],
      ['running, NaN startedAt', { v: 1, state: 'running', elapsedMs: 0, startedAt: Number.NaN }],
      ['running, string startedAt', { v: 1, state: 'running', elapsedMs: 0, startedAt: '1000' }],
      ['paused with a startedAt', { v: 1, state: 'paused', elapsedMs: 0, startedAt: 1000 }],
      ['paused, startedAt missing', { v: 1, state: 'paused', elapsedMs: 0 }],
    ];
    for (const [name, saved] of CORRUPT) {
      it(`rejects a corrupt save: ${name}`, () => {
        expect(TimerModel.restore(SHORT, now, saved)).to.equal(null);
      });
    }

    it('still throws for empty phases', () => {
      expect(() => TimerModel.restore([], now, { v: 1, state: 'paused', elapsedMs: 0, startedAt: null })).to.throw(
        RangeError,
      );
    });
  });
});

// The bundled catalogue's protocols.
const protocols = catalogue.protocols as readonly Protocol[];

describe('timer-model: the bundled protocols', () => {
  it('each builds phases that a TimerModel runs to completion', () => {
    expect(protocols.length).to.be.greaterThan(0);
    for (const protocol of protocols) {
      const phases = buildPhases(protocol);
      const S = protocol.sets.length;
      const count =
        protocol.sets.reduce((c, s) => c + s.rounds + (s.rest ? s.rounds - 1 : 0), 0) + (protocol.setRest ? S - 1 : 0);
      const seconds =
        protocol.sets.reduce((c, s) => c + s.rounds * s.work.seconds + (s.rest ? (s.rounds - 1) * s.rest.seconds : 0), 0) +
        (protocol.setRest ? (S - 1) * protocol.setRest.seconds : 0);
      expect(phases.length, protocol.id).to.equal(count);
      expect(phases[phases.length - 1].kind, protocol.id).to.equal('work');
      let t = 0;
      const model = new TimerModel(phases, () => t);
      model.start();
      t = seconds * 1000 - 1;
      const before = model.update();
      expect(before.map((e) => e.type === 'phase' && e.phaseIndex), protocol.id).to.deep.equal(
        [...phases.keys()].slice(1),
      );
      t = seconds * 1000;
      expect(model.update(), protocol.id).to.deep.equal([{ type: 'complete' }]);
    }
  });
});

describe('timer-model: the run–walk plan (ASTEROID)', () => {
  const runWalk = catalogue.protocols.find((p) => p.id === 'run-walk') as Protocol;

  it('is a 5-minute warm-up walk, 8 runs with 7 walks between, then a 5-minute cool-down walk', () => {
    const phases = buildPhases(runWalk);
    expect(phases.map((p) => `${p.label} ${p.seconds}`)).to.deep.equal([
      'Warm-up walk 300',
      ...Array.from({ length: 8 }, () => ['Run 60', 'Walk 120']).flat().slice(0, -1),
      'Cool-down walk 300',
    ]);
    expect(phases.filter((p) => p.label === 'Run')).to.have.length(8);
    expect(phases.filter((p) => p.label === 'Walk')).to.have.length(7);
    // No rest between the warm-up, the intervals and the cool-down; no walk after the last run.
    const intervals = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => (i < 8 ? `W2.${i} R2.${i}` : `W2.${i}`)).join(' ');
    expect(picture(phases)).to.equal(`W1.1 ${intervals} W3.1`);
  });

  it('lasts 5 + 8 + 14 + 5 = 32 minutes and runs to completion', () => {
    const phases = buildPhases(runWalk);
    const total = phases.reduce((sum, p) => sum + p.seconds, 0);
    expect(total).to.equal((5 + 8 * 1 + 7 * 2 + 5) * 60);
    expect(total).to.equal(32 * 60);
    let t = 0;
    const model = new TimerModel(phases, () => t);
    model.start();
    t = 5 * 60_000; // the warm-up is over: the first run starts
    expect(describeEvents(model.update())).to.deep.equal(['phase 1 Run']);
    t = 32 * 60_000 - 5 * 60_000; // the last run is over: the cool-down starts, with no walk before it
    expect(describeEvents(model.update()).at(-1)).to.equal(`phase ${phases.length - 1} Cool-down walk`);
    t = 32 * 60_000;
    expect(model.update()).to.deep.equal([{ type: 'complete' }]);
  });
});
