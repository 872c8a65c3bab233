/**
 * The clock-based timer behind `<stride-recovery-timer>`. Pure: no DOM, no
 * timers. Time is always derived from the injected clock (accumulated time +
 * time since the last start/resume), never by counting ticks, so it stays
 * right when the main thread is busy or the tab is hidden; the element only
 * decides when to look again (`msUntilNextChange`).
 */

/** One timed phase of a plan, with its place in the plan. */
export interface Phase {
  label: string;
  seconds: number;
  kind: 'work' | 'rest';
  /** Round within the set (1-based); a rest carries the round it follows. */
  round: number;
  rounds: number;
  /** Set (1-based). */
  set: number;
  sets: number;
}

interface TimedInput {
  label: string;
  seconds: number;
}

/** What `buildPhases` needs; a catalogue `Protocol` fits it as it is. */
export interface PlanInput {
  sets: readonly { rounds: number; work: TimedInput; rest?: TimedInput }[];
  /** Rest between sets (none after the last). */
  setRest?: TimedInput;
}

/**
 * The phases of a plan: per set `work, rest, work, …, work` (no rest after a
 * set's last round), `setRest` between sets, and nothing after the final
 * work phase. A rest of 0 seconds or less (the `rest` attribute's default)
 * means "no rest" and yields no phase.
 */
export function buildPhases(plan: PlanInput): Phase[] {
  const phases: Phase[] = [];
  const sets = plan.sets.length;
  let lastWork: Phase | undefined;
  const rest = (timed: TimedInput | undefined, after: Phase) => {
    if (timed && timed.seconds > 0) {
      phases.push({ ...after, label: timed.label, seconds: timed.seconds, kind: 'rest' });
    }
  };
  plan.sets.forEach((s, i) => {
    for (let round = 1; round <= s.rounds; round++) {
      // Rest before this work phase: between rounds, or between sets.
      if (lastWork) rest(round === 1 ? plan.setRest : s.rest, lastWork);
      lastWork = {
        label: s.work.label,
        seconds: s.work.seconds,
        kind: 'work',
        round,
        rounds: s.rounds,
        set: i + 1,
        sets,
      };
      phases.push(lastWork);
    }
  });
  return phases;
}

export type TimerState = 'idle' | 'running' | 'paused' | 'complete';

export interface TimerSnapshot {
  state: TimerState;
  phaseIndex: number;
  phase: Phase;
  /** Time left in the current phase, ≥ 0. */
  remainingMs: number;
  /** Total time elapsed, at most `totalMs`. */
  elapsedMs: number;
  totalMs: number;
}

export type TimerEvent = { type: 'phase'; phaseIndex: number; phase: Phase } | { type: 'complete' };

/** What `save()` returns and `restore()` accepts (e.g. via JSON in storage). */
export interface SavedTimer {
  v: 1;
  state: 'running' | 'paused';
  /** Time accumulated before `startedAt` (running) or in total (paused). */
  elapsedMs: number;
  /** Clock time of the last start/resume when running; `null` when paused. */
  startedAt: number | null;
}

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

export class TimerModel {
  readonly phases: readonly Phase[];
  private readonly now: () => number;
  /** Cumulative end of each phase, in ms. */
  private readonly ends: readonly number[];
  private readonly totalMs: number;

  private _state: TimerState = 'idle';
  /** Elapsed ms accumulated before `startedAt` (or in total when not running). */
  private accumulated = 0;
  /** Clock time of the last start/resume, while running. */
  private startedAt: number | null = null;
  /** The greatest elapsed time seen while running: elapsed never goes back. */
  private highWater = 0;
  /** The last phase index reported by `update()` (or implied by `start()`). */
  private reported = 0;

  /**
   * @param phases at least one phase, each of a positive, finite length.
   * @param now the clock in ms (`Date.now` in the browser, so that saved
   *   timers survive reloads).
   * @throws RangeError when `phases` is empty or a length is not positive.
   */
  constructor(phases: readonly Phase[], now: () => number) {
    if (phases.length === 0) throw new RangeError('TimerModel needs at least one phase');
    for (const p of phases) {
      if (!(Number.isFinite(p.seconds) && p.seconds > 0)) {
        throw new RangeError(`TimerModel: phase "${p.label}" has an invalid length: ${p.seconds}`);
      }
    }
    this.phases = Object.freeze(phases.map((p) => Object.freeze({ ...p })));
    this.now = now;
    let end = 0;
    this.ends = Object.freeze(this.phases.map((p) => (end += p.seconds * 1000)));
    this.totalMs = end;
  }

  /**
   * The model's state. It becomes `complete` in the `update()` that reports
   * completion; `snapshot()` already reports `complete` once time is up.
   */
  get state(): TimerState {
    return this._state;
  }

  /** idle → running, from the start. No-op in any other state. */
  start(): void {
    if (this._state !== 'idle') return;
    this.run(0);
    this.reported = 0;
  }

  /** running → paused: elapsed time is frozen. No-op in any other state. */
  pause(): void {
    if (this._state !== 'running') return;
    this.accumulated = Math.min(this.elapsed(), this.totalMs);
    this.startedAt = null;
    this._state = 'paused';
  }

  /** paused → running, from where it was paused. No-op in any other state. */
  resume(): void {
    if (this._state !== 'paused') return;
    this.run(this.accumulated);
  }

  /** Any state → idle, elapsed 0. */
  reset(): void {
    this._state = 'idle';
    this.accumulated = 0;
    this.startedAt = null;
    this.highWater = 0;
    this.reported = 0;
  }

  snapshot(): TimerSnapshot {
    const elapsed = this.elapsed();
    const last = this.phases.length - 1;
    if (elapsed >= this.totalMs) {
      return {
        state: 'complete',
        phaseIndex: last,
        phase: this.phases[last],
        remainingMs: 0,
        elapsedMs: this.totalMs,
        totalMs: this.totalMs,
      };
    }
    const i = this.indexAt(elapsed);
    return {
      state: this._state,
      phaseIndex: i,
      phase: this.phases[i],
      remainingMs: this.ends[i] - elapsed,
      elapsedMs: elapsed,
      totalMs: this.totalMs,
    };
  }

  /**
   * What happened since the last report: a `phase` event for each phase
   * boundary crossed, in order (several after a clock jump), then `complete`
   * once when time is up (the model is then `complete`). Nothing when idle or
   * complete. `start()` reports no event for phase 0.
   */
  update(): TimerEvent[] {
    if (this._state === 'idle' || this._state === 'complete') return [];
    const elapsed = this.elapsed();
    const index = this.indexAt(elapsed);
    const events: TimerEvent[] = [];
    for (let i = this.reported + 1; i <= index; i++) {
      events.push({ type: 'phase', phaseIndex: i, phase: this.phases[i] });
    }
    this.reported = index; // elapsed never decreases, nor does index
    if (elapsed >= this.totalMs) {
      events.push({ type: 'complete' });
      this._state = 'complete';
      this.accumulated = this.totalMs;
      this.startedAt = null;
    }
    return events;
  }

  /**
   * Ms until the displayed whole second (`Math.ceil(remainingMs / 1000)`)
   * changes or the phase ends: when to look again. At least 1; `null`
   * unless running.
   */
  msUntilNextChange(): number | null {
    if (this._state !== 'running') return null;
    const { state, remainingMs } = this.snapshot();
    if (state === 'complete') return 1;
    const untilChange = remainingMs - (Math.ceil(remainingMs / 1000) - 1) * 1000;
    return Math.max(1, Math.ceil(untilChange));
  }

  /** The state to persist, or `null` when idle or complete. */
  save(): SavedTimer | null {
    if (this._state === 'running') {
      this.elapsed(); // settles a clock that went backwards
      return { v: 1, state: 'running', elapsedMs: this.accumulated, startedAt: this.startedAt };
    }
    if (this._state === 'paused') {
      return { v: 1, state: 'paused', elapsedMs: this.accumulated, startedAt: null };
    }
    return null;
  }

  /**
   * A model for `phases` in the saved state, or `null` when `saved` is not a
   * valid `SavedTimer`. A running timer keeps running (its elapsed time counts
   * the time since `startedAt`); its next `update()` reports the phases
   * crossed since the saved `elapsedMs`, and `complete` if time is up.
   * @throws RangeError as the constructor does for invalid `phases`.
   */
  static restore(phases: readonly Phase[], now: () => number, saved: unknown): TimerModel | null {
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return null;
    const { v, state, elapsedMs, startedAt } = saved as Record<string, unknown>;
    if (v !== 1 || !isTime(elapsedMs)) return null;
    const running = state === 'running' && isTime(startedAt);
    const paused = state === 'paused' && startedAt === null;
    if (!running && !paused) return null;
    const model = new TimerModel(phases, now);
    model.accumulated = elapsedMs;
    model.highWater = elapsedMs;
    model.reported = model.indexAt(elapsedMs);
    model.startedAt = running ? startedAt : null;
    model._state = running ? 'running' : 'paused';
    return model;
  }

  private run(from: number): void {
    this.accumulated = from;
    this.highWater = from;
    this.startedAt = this.now();
    this._state = 'running';
  }

  /**
   * Elapsed ms. While running: accumulated + time since `startedAt`. If the
   * clock goes backwards, elapsed holds at the greatest value seen and counts
   * on from the new clock time: it is never negative and never decreases.
   */
  private elapsed(): number {
    if (this._state !== 'running' || this.startedAt === null) return this.accumulated;
    const t = this.now();
    let elapsed = this.accumulated + (t - this.startedAt);
    if (!(elapsed >= this.highWater)) {
      this.accumulated = this.highWater;
      this.startedAt = t;
      elapsed = this.highWater;
    }
    this.highWater = elapsed;
    return elapsed;
  }

  /** Index of the phase running at `elapsed` ms (the last one from the end on). */
  private indexAt(elapsed: number): number {
    const i = this.ends.findIndex((end) => elapsed < end);
    return i === -1 ? this.ends.length - 1 : i;
  }
}
