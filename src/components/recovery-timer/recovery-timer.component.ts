import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { recoveryTimerPart } from '../../catalogue/bundled';
import type { Protocol } from '../../catalogue/schema';
import { resolveSources, sourcesLine } from '../../internal/content';
import { StrideElement, type ConfigProblem } from '../../internal/stride-element';
import { fill } from '../../internal/text';
import { formatClock, formatDuration } from './duration';
import { clearTimer, readTimer, storageKey, writeTimer } from './persisted-timer';
import { styles } from './recovery-timer.styles';
import { safetyStyles } from './safety.styles';
import { TimerController } from './timer-controller';
import { TimerModel, type Phase, type TimerEvent } from './timer-model';
import { phaseText, resolvePlan, type Plan } from './timer-plan';

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
  static override styles = [StrideElement.styles, safetyStyles, styles];
  /** @internal */
  static override bundled = recoveryTimerPart;
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
  private focusNext: Button | null = null;
  /** Wake-ups, visibility, the wake lock and the tone. */
  private readonly controller = new TimerController(this, {
    model: () => this.model,
    keepAwake: () => this.keepAwake,
    catchUp: () => this.catchUp(),
  });

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
      this.controller.followKeepAwake();
    } else if (changed.has('keepAwake')) {
      this.controller.followKeepAwake();
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
    if (!this.controller.scheduled) this.controller.schedule();
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

  private phaseText(phase: Phase): string {
    return phaseText(phase, this.plan, this.ui.recoveryTimer, (n) => this.formatNumber(n));
  }

  /** The plan the attributes describe, or the first problem with them. */
  private resolvePlan(): Plan | ConfigProblem {
    const { protocol, duration, rounds, rest, label } = this;
    const resolved = resolvePlan({ protocol, duration, rounds, rest, label }, this.catalogue.protocols ?? [], this.ui.recoveryTimer);
    return 'attribute' in resolved ? resolved : (this.headingProblem ?? resolved);
  }

  // ---------------------------------------------------------------- buttons

  private readonly onStart = () => {
    const model = this.model;
    if (!model || model.state !== 'idle') return;
    if (this.sound) this.controller.unlockSound(); // inside the click: browsers allow audio from here
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
    this.controller.halted();
    this.save();
    this.focusNext = 'resume';
    this.requestUpdate();
  };

  private readonly onResume = () => {
    const model = this.model;
    if (!model || model.state !== 'paused') return;
    if (this.sound) this.controller.unlockSound();
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
    this.controller.running();
    this.requestUpdate();
  }

  /** After reset or completion: nothing left running or saved. */
  private stopped(): void {
    this.controller.halted();
    this.clearSaved();
  }

  // ---------------------------------------------------------------- time

  /** Reports the phases that began and the completion since the last look. */
  private catchUp(): void {
    const model = this.model!; // called only while there is one
    const events = model.update();
    if (events.length === 0) return;
    const phases = this.plan!.phases;
    // Several phases at once (a hidden tab): announce and beep for the latest only.
    const last = events[events.length - 1] as TimerEvent;
    if (this.sound) this.controller.beep();
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

  private dropModel(): void {
    if (!this.model) return;
    this.controller.halted();
    this.model = null;
    this.modelKey = null;
    this.announcement = '';
  }

  // ---------------------------------------------------------------- persist

  /** The saved timer for this plan, or null (none, another plan's, or unreadable: warned once). */
  private restoreSaved(plan: Plan): TimerModel | null {
    const key = storageKey(this.persist);
    // A server render has no storage: it shows the timer ready to start.
    if (!key || isServer) return null;
    const read = readTimer(key, plan, this.clock);
    if (read.kind === 'unavailable') this.warnStorage();
    if (read.kind === 'corrupt') {
      this.warnOnce(`the saved timer under "${key}" could not be read, so it was ignored.`);
      this.clearSaved();
    }
    return read.kind === 'restored' ? read.model : null;
  }

  private save(): void {
    const key = storageKey(this.persist);
    const timer = this.model?.save();
    if (!key || !timer) return;
    if (!writeTimer(key, this.plan!.fingerprint, timer).ok) this.warnStorage();
  }

  private clearSaved(): void {
    const key = storageKey(this.persist);
    if (!key) return;
    if (!clearTimer(key).ok) this.warnStorage();
  }

  private warnStorage(): void {
    this.warnOnce('localStorage is not available, so the timer will not survive a reload (persist).');
  }
}
