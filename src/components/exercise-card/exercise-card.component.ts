import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { exerciseCardPart } from '../../catalogue/bundled';
import { provideBundled, requestEntry } from '../../catalogue/store';
import type { Dosage, Exercise, Variation } from '../../catalogue/schema';
import { StrideElement, type ConfigProblem } from '../../internal/stride-element';
import { countIn } from '../../internal/plural';
import { fill } from '../../internal/text';
import { renderEvidenceBadge, renderSources, resolveSources } from '../../internal/content';
import { styles } from './exercise-card.styles';
import { loadTimerClass } from './load-timer';

/** The timer an exercise with holds opens in the card (the tag the loader and the bundles define it under). */
const TIMER_TAG = 'stride-recovery-timer';

/** The "Start the holds" button and the timer it opens: closed, its code loading, open, or closed because its code failed to load. */
type Holds = 'closed' | 'loading' | 'open' | 'failed';
import { figureMotion } from './figure';

/**
 * One back-care exercise: how it may help, numbered steps, dosage, form tips,
 * common mistakes, easier and harder variations, a caution (its own, then the
 * general caution every card carries) and its sources.
 *
 * An exercise with holds (its catalogue entry names a timer `protocol`) has a
 * "Start the holds" button that opens that protocol's `<stride-recovery-timer>`
 * in the card. The timer's code is loaded on the first press, so a card that
 * is only read never loads it.
 *
 * @summary A back-care exercise card.
 * @tag stride-exercise-card
 *
 * @attr exercise - Required. An exercise id from the catalogue, e.g. `bird-dog`.
 * @attr compact - Boolean. Name, dosage and a one-line purpose only; the steps and the caution behind a disclosure.
 * @attr no-holds - Boolean. Hides the Start the holds button, for hosts that show the timer themselves (such as `<stride-routine>`).
 * @attr heading-level - 1–6 (default 3): the level of the card's heading.
 * @attr theme - `light` or `dark` forces a colour scheme; by default it follows `prefers-color-scheme`.
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The exercise name.
 * @csspart badge - The evidence badge.
 * @csspart target - The line naming the muscles it works.
 * @csspart figure - The movement figure (an SVG image), when the exercise has one.
 * @csspart dosage - The dosage panel.
 * @csspart timer-button - The "Start the holds" button (for exercises with holds), "Hide the timer" while the timer is open.
 * @csspart steps - The numbered list of steps.
 * @csspart tips - The form tips.
 * @csspart mistakes - The common mistakes.
 * @csspart variations - The easier and harder variations.
 * @csspart caution - The caution callout.
 * @csspart sources - The list of sources.
 * @csspart error - The error shown for bad configuration.
 *
 * @cssproperty --stride-font-family - Font (default: the page's).
 * @cssproperty --stride-font-size - Base font size (default 1em).
 * @cssproperty --stride-color-text - Text colour.
 * @cssproperty --stride-color-muted - Secondary text colour.
 * @cssproperty --stride-color-surface - Background of the widget.
 * @cssproperty --stride-color-border - Borders and rules.
 * @cssproperty --stride-color-accent - Accents, links and primary buttons.
 * @cssproperty --stride-color-accent-contrast - Text on accent backgrounds.
 * @cssproperty --stride-color-focus - Focus rings.
 * @cssproperty --stride-color-urgent - The caution callout's edge.
 * @cssproperty --stride-radius - Corner radius.
 * @cssproperty --stride-space - Base spacing unit.
 */
export class StrideExerciseCard extends StrideElement {
  static override styles = [StrideElement.styles, styles];
  /** @internal */
  static override bundled = exerciseCardPart;
  static override properties = {
    ...StrideElement.properties,
    exercise: { reflect: true },
    compact: { type: Boolean, reflect: true },
    noHolds: { type: Boolean, attribute: 'no-holds', reflect: true },
    holds: { state: true, attribute: false },
  };

  /**
   * Loads and defines `<stride-recovery-timer>`, on the first press of "Start the
   * holds" only (load-timer.ts). Tests replace it.
   * @internal
   */
  static loadTimer: () => Promise<void> = async () => {
    const Timer = await loadTimerClass();
    // Its protocols now: a timer that brought them while the card renders it would change the catalogue mid-render.
    provideBundled(Timer.bundled);
    Timer.define(TIMER_TAG); // a no-op where the page (or an earlier card) defined it
  };

  /** An exercise id from the catalogue. */
  exercise: string | null = null;

  /** Name, dosage and purpose only; the steps and the caution behind a disclosure. */
  compact = false;

  /** Hides the "Start the holds" button, for hosts that show the timer themselves. */
  noHolds = false;

  private holds: Holds = 'closed';
  private readonly renderFigure = figureMotion(this, this.prerendered);

  private get problem(): ConfigProblem | null {
    const accepted = this.ui.exerciseCard.exerciseAccepted;
    const id = this.exercise?.trim();
    if (!id) return { attribute: 'exercise', value: this.exercise === null ? null : this.exercise, accepted };
    if (!this.entry) return { attribute: 'exercise', value: this.exercise, accepted };
    return this.headingProblem;
  }

  private get entry(): Exercise | undefined {
    const id = this.exercise?.trim();
    return this.catalogue.exercises?.find((e) => e.id === id);
  }

  /** Another exercise, or `no-holds`, closes the timer: a timer for one exercise never carries over to the next. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('exercise') || changed.has('noHolds'))) this.holds = 'closed';
  }

  protected override updated(changed: PropertyValues): void {
    // Only a press opens the timer (every other change closes it).
    if (changed.has('holds') && this.holds === 'open') void this.focusTimerStart();
  }

  /** Once the timer that just opened has rendered: its start button (a documented part) takes focus. */
  private async focusTimerStart(): Promise<void> {
    const timer = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(TIMER_TAG);
    await timer?.updateComplete;
    // Where the timer shows an error instead, focus stays on the card's button.
    timer?.shadowRoot?.querySelector<HTMLElement>('[part~="start-button"]')?.focus();
  }

  protected override renderContent(): TemplateResult {
    // Through the script-tag loader, an exercise added after the page loaded is fetched on first sight.
    if (!this.entry && this.exercise && requestEntry('exercises', this.exercise.trim())) return html``;
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const exercise = this.entry as Exercise;
    const t = this.ui.exerciseCard;
    const headingId = 'heading';
    return html`
      <article class="widget widget--accent" part="card" aria-labelledby=${headingId}>
        <header class="card__header">
          ${this.renderHeading(exercise.name, { id: headingId, part: 'heading', className: 'widget__heading' })}
          ${renderEvidenceBadge(this.ui, exercise.evidence)}
        </header>
        <p class="card__target" part="target"><span class="label">${t.targetLabel}</span> ${exercise.target.join(', ')}</p>
        <p class="card__purpose">${exercise.purpose}</p>
        ${exercise.figure ? this.renderFigure(exercise.figure, t) : nothing}
        ${this.renderDosage(exercise.dosage)} ${this.renderHolds(exercise)}
        ${this.compact ? this.renderCompactSteps(exercise) : this.renderFull(exercise)}
      </article>
    `;
  }

  private renderDosage(dosage: Dosage): TemplateResult {
    const t = this.ui.exerciseCard;
    const perSide = dosage.perSide && t.perSide;
    // A pyramid is one sentence, "… and 2 in set 3, on each side", so it reads as a pyramid.
    const amount = dosage.pyramid
      ? [
          [
            this.fillCounted(t.pyramid, countIn(dosage.holdSeconds ?? ''), {
              seconds: dosage.holdSeconds,
              sets: this.pyramidSets(dosage.pyramid),
            }),
            perSide,
          ]
            .filter(Boolean)
            .join(', '),
        ]
      : [
          dosage.sets && this.fillCounted(t.sets, countIn(dosage.sets), { sets: dosage.sets }),
          dosage.reps && this.fillCounted(t.reps, countIn(dosage.reps), { reps: dosage.reps }),
          dosage.holdSeconds && this.fillCounted(t.hold, countIn(dosage.holdSeconds), { seconds: dosage.holdSeconds }),
          perSide,
        ].filter(Boolean);
    return html`
      <div class="dosage" part="dosage">
        <p class="dosage__heading">${t.dosageHeading}</p>
        <ul class="dosage__amount">
          ${amount.map((item) => html`<li>${item}</li>`)}
        </ul>
        <p class="dosage__frequency">${fill(t.frequency, { frequency: dosage.frequency })}</p>
        ${dosage.note ? html`<p class="dosage__note">${dosage.note}</p>` : nothing}
      </div>
    `;
  }

  /**
   * The exercise's timer protocol, if the card offers its holds: not with
   * `no-holds`, nor when the catalogue in force lacks that protocol. (Until the
   * timer's code has brought the protocols, the catalogue's reference checks
   * vouch for the id.)
   */
  private holdsProtocol(exercise: Exercise): string | null {
    const id = exercise.protocol;
    const known = this.catalogue.protocols;
    if (!id || this.noHolds || (known && !known.some((p) => p.id === id))) return null;
    return id;
  }

  /** "Start the holds", and once pressed the timer, which the same button hides again. */
  private renderHolds(exercise: Exercise): TemplateResult | typeof nothing {
    const protocol = this.holdsProtocol(exercise);
    if (!protocol) return nothing;
    const t = this.ui.exerciseCard;
    const open = this.holds === 'open';
    const loading = this.holds === 'loading';
    // aria-disabled rather than disabled while loading: focus stays on the button.
    // On few lines: a template's whitespace is kept in the built code, which every card through the loader fetches.
    return html`<div class="holds"><button type="button" class="button ${open ? 'button--secondary' : ''}" part="timer-button" aria-expanded=${open} aria-controls=${open ? 'timer' : nothing} aria-disabled=${loading || nothing} aria-busy=${loading || nothing} @click=${this.onTimerButton}>${open ? t.hideTimer : t.startHolds}</button>${
      this.holds === 'failed' ? html`<p class="error" role="alert">${t.timerFailed}</p>` : nothing}${
      open ? html`<stride-recovery-timer id="timer" protocol=${protocol} heading-level=${Math.min(6, Number(this.headingLevel ?? 3) + 1)} theme=${this.theme ?? nothing}></stride-recovery-timer>` : nothing
    }<div class="visually-hidden" role="status">${open ? t.timerOpen : ''}</div></div>`;
  }

  private readonly onTimerButton = async () => {
    const before = this.holds;
    if (before === 'loading') return;
    // Hiding removes the timer, which stops it: nothing is left running.
    this.holds = before === 'open' ? 'closed' : 'loading';
    if (before === 'open') return;
    const failure = await (this.constructor as typeof StrideExerciseCard).loadTimer().then(
      () => null,
      (error: unknown) => String(error),
    );
    if (this.holds !== 'loading') return; // closed meanwhile: another exercise, or no-holds
    this.holds = failure === null ? 'open' : 'failed';
    if (failure !== null) this.warnOnce(`the timer could not be loaded (${failure}).`);
  };

  /** "6 in set 1, 4 in set 2 and 2 in set 3": a pyramid spelt out, so it reads as one. */
  private pyramidSets(pyramid: readonly number[]): string {
    const sets = pyramid.map((count, i) => this.fillCounted(this.ui.exerciseCard.pyramidSet, count, { count, set: i + 1 }));
    try {
      return new Intl.ListFormat(this.catalogue.locale, { type: 'conjunction' }).format(sets);
    } catch {
      return sets.join(', '); // an unusable locale in a clinic catalogue
    }
  }

  private renderSteps(steps: readonly string[]): TemplateResult {
    return html`<ol class="steps" part="steps">
      ${steps.map((step) => html`<li>${step}</li>`)}
    </ol>`;
  }

  /** Compact cards keep the caution with the steps: whoever opens the steps to do the exercise reads it. */
  private renderCompactSteps(exercise: Exercise): TemplateResult {
    return html`<details class="disclosure">
      <summary>${this.ui.exerciseCard.showSteps}</summary>
      ${this.renderSteps(exercise.steps)} ${this.renderCaution(exercise)}
    </details>`;
  }

  /** The exercise's own caution, then the general caution every card carries. */
  private renderCaution(exercise: Exercise): TemplateResult {
    const t = this.ui.exerciseCard;
    return html`<div class="caution" part="caution">
      <p class="caution__heading"><span class="caution__icon" aria-hidden="true">!</span>${t.cautionHeading}</p>
      <p>${exercise.caution}</p>
      <p class="caution__general">${t.generalCaution}</p>
    </div>`;
  }

  private renderFull(exercise: Exercise): TemplateResult {
    const t = this.ui.exerciseCard;
    return html`
      <section class="section">
        ${this.renderHeading(t.whyHeading, { className: 'section__heading' }, 1)}
        <p>${exercise.why}</p>
      </section>
      <section class="section">
        ${this.renderHeading(t.stepsHeading, { className: 'section__heading' }, 1)}
        ${this.renderSteps(exercise.steps)}
      </section>
      <div class="pair">
        ${this.renderList(t.tipsHeading, exercise.tips, 'tips')}
        ${this.renderList(t.mistakesHeading, exercise.mistakes, 'mistakes')}
      </div>
      ${this.renderVariations(exercise.easier, exercise.harder)} ${this.renderCaution(exercise)}
      ${renderSources(
        this.ui,
        this.catalogue.locale,
        this.renderHeading(this.ui.common.sourcesHeading, { className: 'section__heading' }, 1),
        resolveSources(this.catalogue.sources, exercise.sources),
        exercise.evidence,
      )}
    `;
  }

  private renderList(heading: string, items: readonly string[], part: 'tips' | 'mistakes'): TemplateResult {
    return html`<section class="section list list--${part}" part=${part}>
      ${this.renderHeading(heading, { className: 'section__heading' }, 1)}
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>`;
  }

  private renderVariations(easier?: Variation, harder?: Variation): TemplateResult | typeof nothing {
    if (!easier && !harder) return nothing;
    const t = this.ui.exerciseCard;
    const row = (label: string, variation: Variation | undefined, kind: string) =>
      variation
        ? html`<div class="variation variation--${kind}">
            <dt><span class="variation__label">${label}</span> ${variation.name}</dt>
            <dd>${variation.how}</dd>
          </div>`
        : nothing;
    return html`<section class="section" part="variations">
      ${this.renderHeading(t.variationsHeading, { className: 'section__heading' }, 1)}
      <dl class="variations">${row(t.easierLabel, easier, 'easier')}${row(t.harderLabel, harder, 'harder')}</dl>
    </section>`;
  }
}
