import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { locale, protocols, sources, ui } from '../../catalogue/bundled';
import type { Sections } from '../../catalogue/merge';
import type { Protocol } from '../../catalogue/schema';
import { resolveSources, sourcesLine } from '../../internal/content';
import { StrideElement, type ConfigProblem } from '../../internal/stride-element';
import { formatDuration } from '../../internal/numbers';
import { fill } from '../../internal/text';
import { formatClock, parseDuration } from './duration';
import { styles } from './recovery-timer.styles';
import { TimerModel, buildPhases, type Phase, type TimerEvent } from './timer-model';
import { Tone } from './tone';
import { ScreenWakeLock } from './wake-lock';
import { readJson, storagePrefix, writeJson } from '../../internal/storage';

/** `rounds`: a whole number from 1 to 100. */
const ROUNDS = /^\d+$/;
const MAX_ROUNDS = 100;

/**
 * Namespaced, versioned `localStorage` key prefix for `persist`.
 * @internal
 */
export const STORAGE_PREFIX = storagePrefix('recovery-timer', 1);

/** What the attributes describe, once valid. */
interface Plan {
  heading: string;
  phases: Phase[];
  protocol: Protocol | null;
  /** Identifies the timing (protocol id, phase kinds and lengths): a save for another plan is ignored. */
  fingerprint: string;
}

type Button = 'start' | 'pause' | 'resume' | 'reset';

/**
 * A clock-based interval timer for recovery routines: a catalogue protocol
 * (cold or heat pack, stretch holds, McGill holds, run–walk intervals) with
 * its safety note, or any duration with rounds and rest.
 *
 * Time is computed from the clock (`Date.now()`), never by counting ticks: one
 * timeout at a time wakes the element when the displayed second changes, and
 * a busy main thread or a hidden tab only delays the re-render, never the
 * time. Screen readers hear phase changes and completion through a polite
 * live region, never every second.
 *
 * @summary Recovery and interval timer.
 * @tag stride-recovery-timer
 *
 * @attr protocol - A protocol id from the catalogue, e.g. `ice`, `stretch-holds`. Use this or `duration`, not both.
 * @attr duration - The work phase: seconds (`90`) or a time (`90s`, `15m`, `1m30s`, `1h`, `mm:ss`, `h:mm:ss`), 1 s to 24 h. Use this or `protocol`.
 * @attr rounds - With `duration`: how many rounds, a whole number from 1 to 100 (default 1). Ignored with `protocol`.
 * @attr rest - With `duration`: the rest between rounds, in the same forms as `duration` (default 0: no rest). There is no rest after the last round. Ignored with `protocol`.
 * @attr label - With `duration`: the heading and the name of the work phase (default "Timer" and "Go"). Ignored with `protocol`.
 * @attr persist - A key: a running or paused timer is saved in `localStorage` (under `stride-widgets:recovery-timer:v1:<key>`) and survives a reload. A save for a different protocol or timing is ignored.
 * @attr sound - Boolean: a short tone at each phase end and at completion. The audio starts only after the start or resume button is pressed.
 * @attr keep-awake - Boolean: holds a screen wake lock while running, where the browser supports it.
 * @attr heading-level - 1–6 (default 3): the level of the timer's heading.
 * @attr theme - `light` or `dark` forces a colour scheme; by default it follows `prefers-color-scheme`.
 *
 * @fires {CustomEvent<null>} stride-timer-start - The start button was pressed (not on resume, nor when a saved timer is restored). `detail: null`.
 * @fires {CustomEvent<TimerPhaseDetail>} stride-timer-phase - A new phase began (not the first). `detail: { phase, round }`: the phase's label and its round. When several phases ended at once (a hidden tab), one event per phase, in order.
 * @fires {CustomEvent<null>} stride-timer-complete - The last phase ended. `detail: null`.
 *
 * @csspart heading - The timer's heading.
 * @csspart phase - The current phase and round ("Hold — round 2 of 4").
 * @csspart display - The time left in the current phase.
 * @csspart progress - The progress bar (of the whole timer).
 * @csspart progress-bar - The filled part of the progress bar.
 * @csspart controls - The row of buttons.
 * @csspart start-button - The start button.
 * @csspart pause-button - The pause button.
 * @csspart resume-button - The resume button.
 * @csspart reset-button - The reset button.
 * @csspart safety-note - A protocol's safety note and sources.
 * @csspart error - The error shown for bad configuration.
 *
 * @cssproperty --stride-font-family - Font (default: the page's).
 * @cssproperty --stride-font-size - Base font size (default 1em).
 * @cssproperty --stride-color-text - Text colour.
 * @cssproperty --stride-color-muted - Secondary text colour.
 * @cssproperty --stride-color-surface - Background of the widget.
 * @cssproperty --stride-color-border - Borders and the progress track.
 * @cssproperty --stride-color-accent - The progress bar and primary buttons.
 * @cssproperty --stride-color-accent-contrast - Primary button text.
 * @cssproperty --stride-color-focus - Focus rings.
 * @cssproperty --stride-color-urgent - The safety note's edge.
 * @cssproperty --stride-radius - Corner radius.
 * @cssproperty --stride-space - Base spacing unit.
 */
export class StrideRecoveryTimer extends StrideElement {
  static override styles = [StrideElement.styles, styles];
  /** @internal */
  static override bundled = { protocols, sources, ui, locale } as unknown as Sections;
  static override properties = {
    ...StrideElement.properties,
    protocol: {},
    duration: {},
    rounds: {},
    rest: {},
    label: {},
    persist: {},
    sound: { type: Boolean },
    keepAwake: { type: Boolean, attribute: 'keep-awake' },
    announcement: { state: true, attribute: false },
  };

  /**
   * The clock, in ms since the epoch (so a saved timer survives a reload).
   * Read on every use: tests replace it.
   * @internal
   */
  static now: () => number = () => Date.now();

  /** A protocol id from the catalogue. */
  protocol: string | null = null;
  /** The work phase's length (see `parseDuration`). */
  duration: string | null = null;
  /** With `duration`: rounds, 1–100 (default 1). */
  rounds: string | null = null;
  /** With `duration`: rest between rounds (default none). */
  rest: string | null = null;
  /** With `duration`: heading and work phase name. */
  label: string | null = null;
  /** `localStorage` key for surviving a reload. */
  persist: string | null = null;
  /** A tone at each phase end. */
  sound = false;
  /** A screen wake lock while running. */
  keepAwake = false;

  /** The share of the whole timer done at the last render (0–1), drawn by the progress bar. */
  private done = 0;

  /** What the polite live region says: set on start, phase changes and completion only. */
  private announcement = '';

  private plan: Plan | null = null;
  private problem: ConfigProblem | null = null;
  private model: TimerModel | null = null;
  /** Plan fingerprint and persist key of `model`: when either changes, a new model is made. */
  private modelKey: string | null = null;
  /** The one pending wake-up, if any. */
  private timeout: ReturnType<typeof setTimeout> | undefined;
  private focusNext: Button | null = null;
  private readonly tone = new Tone();
  private readonly wakeLock = new ScreenWakeLock();

  private readonly onVisibilityChange = () => {
    if (document.visibilityState !== 'visible' || !this.model) return;
    // Timeouts are throttled in hidden tabs: catch up at once.
    this.wake();
    if (this.model.state === 'running' && this.keepAwake) void this.wakeLock.acquire();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (this.model?.state === 'running') {
      // Reconnected while running: catch up and carry on.
      this.wake();
      if (this.keepAwake) void this.wakeLock.acquire();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.cancelWakeUp();
    this.wakeLock.release();
    // Audio may only start in a user gesture: a timer put back while running
    // beeps again after the next start or resume click.
    this.tone.close();
  }

  /** The clock the model reads. */
  private readonly clock = () => (this.constructor as typeof StrideRecoveryTimer).now();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const resolved = this.resolvePlan();
    if ('attribute' in resolved) {
      this.problem = resolved;
      this.plan = null;
      this.dropModel();
      return;
    }
    this.problem = null;
    this.plan = resolved;
    const key = `${resolved.fingerprint}\n${this.persist ?? ''}`;
    if (key !== this.modelKey) {
      this.dropModel();
      this.modelKey = key;
      // A pre-rendered timer hydrates as the server drew it (ready); a saved timer is restored just after.
      const hydrating = this.prerendered && !this.hasUpdated;
      if (hydrating && this.persist) this.restoreAfterHydration = true;
      this.model = (hydrating ? null : this.restoreSaved(resolved)) ?? new TimerModel(resolved.phases, this.clock);
      if (this.model.state === 'running' && this.keepAwake) void this.wakeLock.acquire();
    } else if (changed.has('keepAwake') && this.model?.state === 'running') {
      if (this.keepAwake) void this.wakeLock.acquire();
      else this.wakeLock.release();
    }
  }

  /** Set while a pre-rendered timer with `persist` hydrates: its saved state is restored after the first render. */
  private restoreAfterHydration = false;

  protected override updated(): void {
    // Through the CSSOM, never a style attribute in the template: lit's styleMap writes its
    // first render as style="…", which a strict CSP (style-src 'self') blocks.
    this.renderRoot.querySelector<HTMLElement>('.progress__bar')?.style.setProperty('--_done', String(this.done));
    if (this.restoreAfterHydration) {
      this.restoreAfterHydration = false;
      this.modelKey = null; // the next update makes the model again, from the save
      this.requestUpdate();
    }
    const next = this.focusNext;
    this.focusNext = null;
    if (next) this.renderRoot.querySelector<HTMLElement>(`[part~="${next}-button"]`)?.focus();
    // A restored running timer needs its first wake-up.
    if (this.timeout === undefined) this.scheduleWakeUp();
  }

  protected override renderContent(): TemplateResult {
    if (this.problem || !this.plan || !this.model) return this.renderProblem(this.problem!);
    const t = this.ui.recoveryTimer;
    const plan = this.plan;
    const state = this.model.state;
    const snapshot = this.model.snapshot();
    this.done = snapshot.elapsedMs / snapshot.totalMs;
    const phase = plan.phases[snapshot.phaseIndex];
    const phaseText = state === 'idle' ? t.ready : snapshot.state === 'complete' ? t.complete : this.phaseText(phase);
    const secondsLeft = Math.ceil(snapshot.remainingMs / 1000);
    const totalSeconds = Math.round(snapshot.totalMs / 1000);
    const elapsedSeconds = Math.floor(snapshot.elapsedMs / 1000);
    const progressText = fill(t.progressText, { elapsed: formatClock(elapsedSeconds), total: formatClock(totalSeconds) });
    const kind = state === 'idle' || snapshot.state === 'complete' ? state : phase.kind;
    return html`
      <section class="widget timer timer--${kind}" aria-labelledby="heading">
        ${this.renderHeading(plan.heading, { id: 'heading', part: 'heading', className: 'widget__heading' })}
        <div class="clock">
          <p class="phase" part="phase">${phaseText}</p>
          <p class="display" part="display">
            <span class="visually-hidden">${t.timeLeft} </span><span class="display__digits">${formatClock(secondsLeft)}</span>
          </p>
          <div
            class="progress"
            part="progress"
            role="progressbar"
            aria-label=${t.progressLabel}
            aria-valuemin="0"
            aria-valuemax=${totalSeconds}
            aria-valuenow=${elapsedSeconds}
            aria-valuetext=${progressText}
          >
            <div class="progress__bar" part="progress-bar"></div>
          </div>
        </div>
        ${this.renderControls()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${plan.protocol ? this.renderSafetyNote(plan.protocol) : nothing}
      </section>
    `;
  }

  private renderControls(): TemplateResult {
    const t = this.ui.recoveryTimer;
    const state = this.model!.state;
    const button = (name: Button, label: string, onClick: () => void, secondary = false) =>
      html`<button type="button" class="button ${secondary ? 'button--secondary' : ''}" part="${name}-button" @click=${onClick}>
        ${label}
      </button>`;
    // Each primary button is its own element, so it is announced when focus moves to it;
    // the reset button keeps its element from running to paused to complete.
    const primary =
      state === 'idle'
        ? button('start', t.start, this.onStart)
        : state === 'running'
          ? button('pause', t.pause, this.onPause)
          : state === 'paused'
            ? button('resume', t.resume, this.onResume)
            : nothing;
    return html`<div class="controls" part="controls">
      ${primary}${state === 'idle' ? nothing : button('reset', t.reset, this.onReset, state !== 'complete')}
    </div>`;
  }

  private renderSafetyNote(protocol: Protocol): TemplateResult {
    const { sources } = this.catalogue;
    return html`<div class="safety" part="safety-note">
      ${this.renderHeading(this.ui.recoveryTimer.safetyHeading, { className: 'safety__heading' }, 1)}
      <p>${protocol.safetyNote}</p>
      ${resolveSources(sources, protocol.sources).length
        ? html`<p class="safety__sources">${sourcesLine(this.ui, sources, protocol.sources)}</p>`
        : nothing}
    </div>`;
  }

  /**
   * "Hold — round 2 of 6, set 1 of 3"; just the label for a single round. Sets
   * are counted only when they repeat one exercise (McGill's holds): stages
   * named for themselves ("Warm-up walk", "Run", "Cool-down walk") need no count.
   */
  private phaseText(phase: Phase): string {
    const t = this.ui.recoveryTimer;
    const parts = [phase.rounds > 1 ? fill(t.phaseRound, { phase: phase.label, round: this.formatNumber(phase.round), rounds: this.formatNumber(phase.rounds) }) : phase.label];
    const repeated = new Set(this.plan?.protocol?.sets.map((s) => s.work.label)).size <= 1;
    if (phase.sets > 1 && repeated) parts.push(fill(t.setOf, { set: this.formatNumber(phase.set), sets: this.formatNumber(phase.sets) }));
    return parts.join(', ');
  }

  /** The plan the attributes describe, or the first problem with them. */
  private resolvePlan(): Plan | ConfigProblem {
    const t = this.ui.recoveryTimer;
    const all = this.catalogue.protocols ?? [];
    const protocolAccepted = `${t.protocolAccepted} (${all.map((p) => p.id).join(', ')})`;
    if (this.protocol !== null && this.duration !== null) {
      return { attribute: 'duration', value: this.duration, accepted: t.protocolOrDuration };
    }
    let plan: Plan;
    if (this.protocol !== null) {
      const protocol = all.find((p) => p.id === this.protocol!.trim());
      if (!protocol) return { attribute: 'protocol', value: this.protocol, accepted: protocolAccepted };
      const phases = buildPhases(protocol);
      plan = { heading: protocol.label, phases, protocol, fingerprint: `protocol:${protocol.id}:${timing(phases)}` };
    } else if (this.duration !== null) {
      const work = parseDuration(this.duration);
      if (!work.ok) return { attribute: 'duration', value: this.duration, accepted: t.durationAccepted };
      let rounds = 1;
      const roundsText = this.rounds?.trim();
      if (roundsText) {
        rounds = Number(roundsText);
        if (!ROUNDS.test(roundsText) || rounds < 1 || rounds > MAX_ROUNDS) {
          return { attribute: 'rounds', value: this.rounds, accepted: t.roundsAccepted };
        }
      }
      let rest = 0;
      const restText = this.rest?.trim();
      if (restText) {
        const parsed = parseDuration(restText);
        // `0` (or `0:00`) means no rest.
        if (parsed.ok) rest = parsed.seconds;
        else if (parsed.reason !== 'zero') return { attribute: 'rest', value: this.rest, accepted: t.durationAccepted };
      }
      const label = this.label?.trim();
      const phases = buildPhases({
        sets: [
          {
            rounds,
            work: { label: label || t.defaultWorkLabel, seconds: work.seconds },
            rest: { label: t.defaultRestLabel, seconds: rest },
          },
        ],
      });
      plan = { heading: label || t.defaultHeading, phases, protocol: null, fingerprint: `duration:${timing(phases)}` };
    } else {
      return {
        attribute: 'protocol',
        value: null,
        accepted: `${t.protocolOrDuration}; protocol: ${protocolAccepted}; duration: ${t.durationAccepted}`,
      };
    }
    return this.headingProblem ?? plan;
  }

  // ---------------------------------------------------------------- buttons

  private readonly onStart = () => {
    const model = this.model;
    if (!model || model.state !== 'idle') return;
    if (this.sound) this.tone.unlock(); // inside the click: browsers allow audio from here
    model.start();
    const first = this.plan!.phases[0];
    this.announcement = `${this.phaseText(first)}, ${formatDuration(first.seconds, this.catalogue.locale)}`;
    this.running();
    this.focusNext = 'pause';
    this.emit('stride-timer-start', null);
  };

  private readonly onPause = () => {
    const model = this.model!; // the buttons show only with a model
    this.catchUp(); // it may have ended already
    if (model.state !== 'running') return;
    model.pause();
    this.cancelWakeUp();
    this.wakeLock.release();
    this.tone.suspend();
    this.save();
    this.focusNext = 'resume';
    this.requestUpdate();
  };

  private readonly onResume = () => {
    const model = this.model;
    if (!model || model.state !== 'paused') return;
    if (this.sound) this.tone.unlock();
    model.resume();
    this.running();
    this.focusNext = 'pause';
  };

  private readonly onReset = () => {
    this.model!.reset();
    this.stopped();
    this.announcement = '';
    this.focusNext = 'start';
    this.requestUpdate();
  };

  /** After start or resume. */
  private running(): void {
    this.save();
    if (this.keepAwake) void this.wakeLock.acquire();
    this.scheduleWakeUp();
    this.requestUpdate();
  }

  /** After reset or completion: nothing left running or saved. */
  private stopped(): void {
    this.cancelWakeUp();
    this.wakeLock.release();
    this.tone.suspend();
    this.clearSaved();
  }

  // ---------------------------------------------------------------- time

  /** Acts on what happened since the last look, re-renders and sets the next wake-up. */
  private wake(): void {
    this.catchUp();
    this.requestUpdate();
    this.scheduleWakeUp();
  }

  /** Reports the phases that began and the completion since the last look. */
  private catchUp(): void {
    const model = this.model!; // called only while there is one
    const events = model.update();
    if (events.length === 0) return;
    const phases = this.plan!.phases;
    // Several phases at once (a hidden tab): announce and beep for the latest only.
    const last = events[events.length - 1] as TimerEvent;
    if (this.sound) this.tone.play();
    if (last.type === 'complete') {
      this.announcement = this.ui.recoveryTimer.complete;
      const focused = this.shadowRoot?.activeElement;
      // The pause button goes: keep focus in the controls.
      if (focused?.getAttribute('part') === 'pause-button') this.focusNext = 'reset';
      this.stopped();
    } else {
      const seconds = Math.ceil(model.snapshot().remainingMs / 1000);
      this.announcement = `${this.phaseText(phases[last.phaseIndex])}, ${formatDuration(seconds, this.catalogue.locale)}`;
    }
    // Events last, so that listeners see the new state; one per phase, in order.
    for (const event of events) {
      if (event.type === 'phase') {
        this.emit('stride-timer-phase', { phase: phases[event.phaseIndex].label, round: event.phase.round });
      } else {
        this.emit('stride-timer-complete', null);
      }
    }
  }

  /** One timeout at a time, for when the displayed second changes; none unless running and connected. */
  private scheduleWakeUp(): void {
    this.cancelWakeUp();
    const ms = this.isConnected ? this.model?.msUntilNextChange() : null;
    if (ms == null) return;
    this.timeout = setTimeout(() => {
      this.timeout = undefined;
      this.wake();
    }, ms);
  }

  private cancelWakeUp(): void {
    if (this.timeout !== undefined) clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  private dropModel(): void {
    if (!this.model) return;
    this.cancelWakeUp();
    this.wakeLock.release();
    this.tone.suspend();
    this.model = null;
    this.modelKey = null;
    this.announcement = '';
  }

  // ---------------------------------------------------------------- persist

  private get storageKey(): string | null {
    const key = this.persist?.trim();
    return key ? STORAGE_PREFIX + key : null;
  }

  /** The saved timer for this plan, or null (none, another plan's, or unreadable: warned once). */
  private restoreSaved(plan: Plan): TimerModel | null {
    const key = this.storageKey;
    // A server render has no storage: it shows the timer ready to start.
    if (!key || isServer) return null;
    const read = readJson(key);
    if (!read.ok && read.problem !== 'corrupt') {
      this.warnStorage();
      return null;
    }
    if (read.ok && read.value === undefined) return null;
    const saved = read.ok ? read.value : null;
    const { config, timer } = (saved ?? {}) as { config?: unknown; timer?: unknown };
    if (typeof config === 'string' && config !== plan.fingerprint) return null; // another plan's: left alone
    const model = typeof config === 'string' ? TimerModel.restore(plan.phases, this.clock, timer) : null;
    if (!model) {
      this.warnOnce(`the saved timer under "${key}" could not be read, so it was ignored.`);
      this.clearSaved();
    }
    return model;
  }

  private save(): void {
    const key = this.storageKey;
    const timer = this.model?.save();
    if (!key || !timer) return;
    if (!writeJson(key, { config: this.plan!.fingerprint, timer }).ok) this.warnStorage();
  }

  private clearSaved(): void {
    const key = this.storageKey;
    if (!key) return;
    if (!writeJson(key, null).ok) this.warnStorage();
  }

  private warnStorage(): void {
    this.warnOnce('localStorage is not available, so the timer will not survive a reload (persist).');
  }
}

/** "w30,r10,w30": the kinds and lengths of the phases. */
function timing(phases: readonly Phase[]): string {
  return phases.map((p) => `${p.kind[0]}${p.seconds}`).join(',');
}
