import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { exerciseCardPart, recoveryTimerPart, routinePart } from '../../catalogue/bundled';
import type { Routine } from '../../catalogue/schema';
import { provideBundled, requestEntry } from '../../catalogue/store';
import { sourcesLine } from '../../internal/content';
import { StrideElement } from '../../internal/stride-element';
import type { Failure } from '../../internal/storage';
import { readStep, storageKey, writeStep } from './persisted-step';
import { styles } from './routine.styles';
import { safetyStyles } from '../recovery-timer/safety.styles';

/**
 * A guided routine from the catalogue: its exercises one at a time, each as a
 * compact exercise card with, for an exercise with holds, its timer; back and
 * next, "Step 2 of 4", the routine's safety note and sources, and a message
 * with a "start again" button at the end. Screen readers hear each new step
 * ("Step 2 of 4: Side plank") and focus moves to the step's heading.
 *
 * It shows `<stride-exercise-card>` and `<stride-recovery-timer>`: defining
 * `<stride-routine>` (its entry, the bundles or the loader) defines them too.
 *
 * @summary A guided exercise routine, one step at a time.
 * @tag stride-routine
 *
 * @attr routine - Required. A routine id from the catalogue, e.g. `mcgill-daily`.
 * @attr persist - Boolean: the step the reader is on is saved in `localStorage` (under `stride-widgets:routine:v1:<routine id>`) and the routine resumes there after a reload. Nothing is saved on the first step or once finished.
 * @attr heading-level - 1–6 (default 3): the level of the routine's heading; the step's heading is one below, its card's and timer's two below.
 * @attr theme - `light` or `dark` forces a colour scheme (for its card and timer too); by default it follows `prefers-color-scheme`.
 *
 * @fires {CustomEvent<RoutineStepDetail>} stride-routine-step - The reader moved to another step (back, next or start again; not when a saved step is restored). `detail: { index, exercise }`: the step's index (from 0) and its exercise id.
 * @fires {CustomEvent<null>} stride-routine-complete - The reader pressed finish on the last step. `detail: null`.
 *
 * @csspart heading - The routine's name.
 * @csspart safety-note - The routine's safety note.
 * @csspart progress - The step heading ("Step 2 of 4") and a bar for each step.
 * @csspart step - The current step: its exercise card and, for holds, its timer.
 * @csspart back-button - The back button (disabled on the first step).
 * @csspart next-button - The next button ("Finish" on the last step).
 * @csspart complete - The message shown when the routine is finished.
 * @csspart restart-button - The "Start again" button of that message.
 * @csspart sources - The one-line list of sources.
 * @csspart error - The error shown for bad configuration.
 *
 * @cssproperty --stride-font-family - Font (default: the page's).
 * @cssproperty --stride-font-size - Base font size (default 1em).
 * @cssproperty --stride-color-text - Text colour.
 * @cssproperty --stride-color-muted - Secondary text colour.
 * @cssproperty --stride-color-surface - Background of the widget.
 * @cssproperty --stride-color-border - Borders and the bars of steps to come.
 * @cssproperty --stride-color-accent - The bars of steps done, and buttons.
 * @cssproperty --stride-color-accent-contrast - Primary button text.
 * @cssproperty --stride-color-focus - Focus rings.
 * @cssproperty --stride-color-urgent - The safety note's edge.
 * @cssproperty --stride-color-self-care - The edge of the message at the end.
 * @cssproperty --stride-radius - Corner radius.
 * @cssproperty --stride-space - Base spacing unit.
 */
export class StrideRoutine extends StrideElement {
  static override styles = [StrideElement.styles, safetyStyles, styles];
  /** @internal */
  static override bundled = routinePart;
  static override properties = {
    ...StrideElement.properties,
    routine: { reflect: true },
    persist: { type: Boolean, reflect: true },
    step: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** A routine id from the catalogue. */
  routine: string | null = null;

  /** Save the current step in `localStorage` and resume there after a reload. */
  persist = false;

  /** The current step's index; the number of steps once finished. */
  private step = 0;

  /** What the polite live region says: set when the reader changes step, never on load. */
  private announcement = '';

  /** Set by back, next and start again: focus goes to the new step's heading once it is drawn. */
  private moved = false;

  /** Set while a pre-rendered element hydrates: its saved step is restored after the first render. */
  private restoreAfterHydration = false;

  /** Set when storage is blocked or full: the routine stops saving, after one warning. */
  private storageFailed = false;

  constructor() {
    super();
    // The content of the card and the timer it shows, here before its first render makes them (and re-renders it).
    provideBundled(exerciseCardPart);
    provideBundled(recoveryTimerPart);
  }

  private get entry(): Routine | undefined {
    const id = this.routine?.trim();
    return this.catalogue.routines?.find((r) => r.id === id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new routine starts at its first step, or where the reader left it (`persist`); restoring never emits.
    if (changed.has('routine')) this.step = 0;
    if (!changed.has('routine') && !changed.has('persist')) return;
    if (this.prerendered && !this.hasUpdated) this.restoreAfterHydration = true;
    else this.restore();
  }

  protected override firstUpdated(): void {
    if (!this.restoreAfterHydration) return;
    this.restoreAfterHydration = false;
    this.restore();
  }

  protected override updated(): void {
    if (!this.moved) return;
    this.moved = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private restore(): void {
    const routine = this.entry;
    // A server render has no storage: the browser restores the step when it hydrates.
    if (!this.persist || !routine || isServer) return;
    const read = readStep(routine.id);
    if (!read.ok) this.storageProblem(routine.id, read);
    else if (read.step !== null && read.step < routine.steps.length) this.step = read.step;
  }

  private save(routine: Routine): void {
    if (!this.persist || this.storageFailed) return;
    const result = writeStep(routine.id, this.step > 0 && this.step < routine.steps.length ? this.step : null);
    if (!result.ok) this.storageProblem(routine.id, result);
  }

  /** A save that is nonsense is overwritten by the next one; storage that is blocked or full is not tried again. */
  private storageProblem(id: string, { problem, detail }: Failure): void {
    const key = storageKey(id);
    if (problem === 'corrupt') return this.warnOnce(`the step saved under "${key}" could not be read (${detail}), so the routine starts at step 1.`);
    this.storageFailed = true;
    this.warnOnce(`the step cannot be saved under "${key}" (${detail}), so the routine will not resume after a reload.`);
  }

  /** "Step 2 of 4". */
  private progress(index: number, count: number): string {
    return this.fillCounted(this.ui.routine.progress, count, { step: index + 1, steps: count });
  }

  /** The exercise's name, once it is here (through the script-tag loader each exercise is fetched on first use). */
  private exerciseName(id: string): string | undefined {
    const name = this.catalogue.exercises?.find((e) => e.id === id)?.name;
    if (!name) requestEntry('exercises', id);
    return name;
  }

  private go(index: number): void {
    const routine = this.entry!; // the buttons show only with a routine
    const count = routine.steps.length;
    this.step = index;
    this.moved = true;
    this.save(routine);
    if (index === count) {
      this.announcement = this.ui.routine.completeHeading;
      this.emit('stride-routine-complete', null);
      return;
    }
    const { exercise } = routine.steps[index];
    const name = this.exerciseName(exercise);
    const values = { step: index + 1, steps: count, exercise: name };
    this.announcement = this.fillCounted(name ? this.ui.routine.stepAnnouncement : this.ui.routine.progress, count, values);
    this.emit('stride-routine-step', { index, exercise });
  }

  protected override renderContent(): TemplateResult {
    const t = this.ui.routine;
    const routine = this.entry;
    if (!routine) return this.renderProblem({ attribute: 'routine', value: this.routine, accepted: t.routineAccepted });
    if (this.headingProblem) return this.renderProblem(this.headingProblem);
    const count = routine.steps.length;
    const index = Math.min(this.step, count); // a clinic catalogue may have shortened the routine
    return html`
      <section class="widget widget--accent routine" aria-labelledby="heading">
        ${this.renderHeading(routine.name, { id: 'heading', part: 'heading', className: 'widget__heading' })}
        <p>${routine.intro}</p>
        <div class="safety" part="safety-note">
          ${this.renderHeading(t.safetyHeading, { className: 'safety__heading' }, 1)}
          <p>${routine.safetyNote}</p>
        </div>
        ${index === count ? this.renderComplete(count) : this.renderStep(routine, index)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        <p class="sources-line" part="sources">${sourcesLine(this.ui, this.catalogue.sources, routine.sources)}</p>
      </section>
    `;
  }

  private renderStep(routine: Routine, index: number): TemplateResult {
    const t = this.ui.routine;
    const { steps } = routine;
    // Fetched ahead (through the loader), so each step is announced with its exercise's name.
    for (const s of steps) this.exerciseName(s.exercise);
    const { exercise, protocol } = steps[index];
    const level = String(Math.min(Number(this.headingLevel ?? 3) + 2, 6));
    const theme = ifDefined(this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined);
    const content = html`<stride-exercise-card exercise=${exercise} compact no-holds heading-level=${level} theme=${theme}></stride-exercise-card>
      ${protocol
        ? html`<stride-recovery-timer protocol=${protocol} heading-level=${level} theme=${theme}></stride-recovery-timer>`
        : nothing}`;
    return html`
      <div class="progress" part="progress">
        ${this.renderHeading(this.progress(index, steps.length), { id: 'step-heading', className: 'step-heading', focusable: true }, 1)}
        <div class="progress__steps" aria-hidden="true">${steps.map((_, i) => html`<span class=${i <= index ? 'done' : ''}></span>`)}</div>
      </div>
      ${
        // Keyed by the step: a new card and timer for each (a running timer must not carry over to the next exercise).
        keyed(index, html`<div class="step" part="step">${content}</div>`)
      }
      <div class="nav">
        <button type="button" class="button button--secondary" part="back-button" ?disabled=${index === 0} @click=${() => this.go(index - 1)}>
          ${t.back}
        </button>
        <button type="button" class="button" part="next-button" @click=${() => this.go(index + 1)}>
          ${index === steps.length - 1 ? t.finish : t.next}
        </button>
      </div>
    `;
  }

  private renderComplete(count: number): TemplateResult {
    const t = this.ui.routine;
    return html`<div class="complete" part="complete">
      ${this.renderHeading(t.completeHeading, { id: 'step-heading', className: 'step-heading', focusable: true }, 1)}
      <p>${this.fillCounted(t.completeText, count, { steps: count })}</p>
      <button type="button" class="button button--secondary" part="restart-button" @click=${() => this.go(0)}>${t.restart}</button>
    </div>`;
  }
}
