import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { redFlagCheckerPart } from '../../catalogue/bundled';
import type { RedFlagQuestion, RedFlagResult, RedFlagSet, Review, TriageLevel } from '../../catalogue/schema';
import { sourcesLine } from '../../internal/content';
import { StrideElement, type ConfigProblem } from '../../internal/stride-element';
import { formatDate, formatMonth } from '../../internal/dates';
import { fill } from '../../internal/text';
import { styles } from './red-flag-checker.styles';
import { emergencyResult, orderQuestions, triage, type Answer, type TriageResult } from './triage';

/** Digits, spaces and `+`, with at least one digit (999, 911, 112, +44 20 7946 0000). */
const PHONE_NUMBER = /^\+?[\d ]*\d[\d ]*$/;

/** The heading (a `ui.redFlagChecker` key) of each level's group of questions. */
const GROUP_HEADINGS = {
  emergency: 'emergencyGroup',
  urgent: 'urgentGroup',
  soon: 'soonGroup',
  'self-care': 'selfCareGroup',
} as const satisfies Record<TriageLevel, string>;

/**
 * A yes/no checklist of back-pain red flags that signposts to emergency,
 * urgent, soon or self-care advice, mirroring published NHS lists. It never
 * diagnoses, and with no red flags it says that none were reported and what
 * to do. Answers stay in the page: nothing is stored or sent.
 *
 * @summary Back-pain red-flag checker.
 * @tag stride-red-flag-checker
 *
 * @attr set - The question set id (default `low-back-pain`).
 * @attr emergency-number - The number shown in emergency advice, e.g. `999`, `911`, `112`. Without it the text says "your local emergency number". A value that is not digits, spaces and `+` is ignored with a warning.
 * @attr advice-line - The urgent advice line named in the urgent result, e.g. `111`. Without it the text says "an urgent advice line". Validated like `emergency-number`.
 * @attr heading-level - 1–6 (default 3): the level of the checker's heading.
 * @attr theme - `light` or `dark` forces a colour scheme; by default it follows `prefers-color-scheme`.
 *
 * @fires {CustomEvent<TriageResult>} stride-triage - A result is shown. `detail: { level, reasons }`: the level (`emergency`, `urgent`, `soon`, `self-care`) and the ids of the questions answered yes.
 *
 * @csspart form - The form.
 * @csspart question - Each question's fieldset.
 * @csspart submit-button - The submit button.
 * @csspart reset-button - The "start again" button.
 * @csspart error-summary - The list of unanswered questions.
 * @csspart result - The result card.
 * @csspart disclaimer - The always-visible disclaimer.
 * @csspart review - The line under the disclaimer saying who reviewed the content, and when (from the catalogue's `review`).
 * @csspart group - Each group of questions of one level, with its heading.
 * @csspart safety-net - The signs to act on at once, in every result below emergency.
 * @csspart heading - The checker's heading.
 * @csspart error - The error shown for bad configuration.
 * @csspart no-script - In pre-rendered pages read without JavaScript: the notice that no result can be given.
 *
 * @cssproperty --stride-color-emergency - Emergency result.
 * @cssproperty --stride-color-urgent - Urgent result.
 * @cssproperty --stride-color-soon - "See someone soon" result.
 * @cssproperty --stride-color-self-care - Self-care result.
 * @cssproperty --stride-color-accent - Primary button and the dot of a chosen radio.
 * @cssproperty --stride-color-accent-contrast - Primary button text.
 * @cssproperty --stride-color-focus - Focus rings.
 * @cssproperty --stride-color-text - Text colour.
 * @cssproperty --stride-color-muted - Hints, and the edge of the radios.
 * @cssproperty --stride-color-surface - Background of the widget.
 * @cssproperty --stride-color-border - Borders.
 * @cssproperty --stride-font-family - Font (default: the page's).
 * @cssproperty --stride-font-size - Base font size.
 * @cssproperty --stride-radius - Corner radius.
 * @cssproperty --stride-space - Base spacing unit.
 */
export class StrideRedFlagChecker extends StrideElement {
  static override styles = [StrideElement.styles, styles];
  /** @internal */
  static override bundled = redFlagCheckerPart;
  static override properties = {
    ...StrideElement.properties,
    set: { reflect: true },
    emergencyNumber: { attribute: 'emergency-number' },
    adviceLine: { attribute: 'advice-line' },
    answers: { state: true, attribute: false },
    unanswered: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The question set id. */
  set = 'low-back-pain';

  /** The emergency number shown in emergency advice, e.g. `999`. */
  emergencyNumber: string | null = null;

  /** The urgent advice line named in the urgent result, e.g. `111`. */
  adviceLine: string | null = null;

  /** Answers held in memory only: never stored, never sent. */
  private answers: Record<string, Answer> = {};
  /** Ids of the questions listed in the error summary (after a submit with gaps). */
  private unanswered: string[] = [];
  private shown: TriageResult | null = null;
  /** What the live region says; set only when a result or error summary appears. */
  private announcement = '';

  private focusTarget: 'result' | 'summary' | 'first-question' | null = null;

  /** The result shown, `{ level, reasons }`, or `null` before any result and after reset. */
  get result(): TriageResult | null {
    return this.shown ? { level: this.shown.level, reasons: [...this.shown.reasons] } : null;
  }

  private get questionSet(): RedFlagSet | undefined {
    return this.catalogue.redFlagSets?.find((s) => s.id === this.set?.trim());
  }

  private get questions(): RedFlagQuestion[] {
    return orderQuestions(this.questionSet?.questions ?? []);
  }

  private get problem(): ConfigProblem | null {
    if (!this.questionSet) {
      const known = (this.catalogue.redFlagSets ?? []).map((s) => s.id).join(', ');
      return { attribute: 'set', value: this.set, accepted: `${this.ui.redFlagChecker.setAccepted} (${known})` };
    }
    return this.headingProblem;
  }

  /** A phone-number attribute's value, or the catalogue's general words when it is unset or not a number (with one warning). */
  private phoneNumber(attribute: 'emergency-number' | 'advice-line', value: string | null, general: string): string {
    const number = value?.trim();
    if (!number) return general;
    if (PHONE_NUMBER.test(number)) return number;
    this.warnIgnored({ attribute, value: value!, accepted: this.ui.redFlagChecker.phoneNumberAccepted });
    return general;
  }

  /** What the set's `{emergencyNumber}` and `{adviceLine}` placeholders say on this page. */
  private get contacts(): { emergencyNumber: string; adviceLine: string } {
    const t = this.ui.redFlagChecker;
    return {
      emergencyNumber: this.phoneNumber('emergency-number', this.emergencyNumber, t.defaultEmergencyNumber),
      adviceLine: this.phoneNumber('advice-line', this.adviceLine, t.defaultAdviceLine),
    };
  }

  /** One line on who reviewed the content and when, from the catalogue's `review`; none without one. */
  private reviewLine(review: Review | undefined): string | null {
    if (!review) return null;
    const t = this.ui.redFlagChecker;
    const locale = this.catalogue.locale;
    if (!review.reviewed) return fill(t.reviewPending, { sourcesChecked: formatMonth(review.sourcesChecked, locale) });
    const date = review.date ? formatDate(review.date, locale) : '';
    const line = fill(review.role ? t.reviewDone : t.reviewDoneNoRole, { by: review.by ?? '', role: review.role ?? '', date });
    return review.nextDue ? `${line} ${fill(t.reviewNextDue, { nextDue: formatDate(review.nextDue, locale) })}` : line;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different question set starts afresh.
    if (changed.has('set') && changed.get('set') !== undefined) this.clear();
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    const root = this.renderRoot;
    if (target === 'result') root.querySelector<HTMLElement>('#result-heading')?.focus();
    if (target === 'summary') root.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
    if (target === 'first-question') root.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  protected override renderContent(): TemplateResult {
    const problem = this.problem;
    if (problem) return this.renderProblem(problem);
    const set = this.questionSet as RedFlagSet;
    const t = this.ui.redFlagChecker;
    const emergency = this.shown?.level === 'emergency';
    const contacts = this.contacts;
    const review = this.reviewLine(this.catalogue.review);
    return html`
      <section class="widget" aria-labelledby="heading">
        ${this.renderHeading(set.name, { id: 'heading', part: 'heading', className: 'widget__heading' })}
        <p class="checker__intro">${fill(set.intro, contacts)}</p>
        <div class="disclaimer" part="disclaimer">
          <p>${fill(set.disclaimer, contacts)}</p>
          ${review ? html`<p class="disclaimer__review" part="review">${review}</p>` : nothing}
        </div>
        ${isServer ? noScriptNotice(fill(t.needsJavaScript, contacts)) : nothing}
        <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${emergency ? this.announcement : ''}</div>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${emergency ? '' : this.announcement}</div>
        ${this.shown ? this.renderResult(this.shown) : nothing}
        <form part="form" class="form" novalidate @submit=${this.onSubmit} @reset=${this.onReset} @change=${this.onChange}>
          ${this.unanswered.length ? this.renderErrorSummary() : nothing}
          ${this.questionGroups.map(([level, questions]) => this.renderGroup(level, questions))}
          <div class="form__actions">
            <button class="button" type="submit" part="submit-button">${t.submit}</button>
            <button class="button button--secondary" type="reset" part="reset-button">${t.reset}</button>
          </div>
        </form>
      </section>
    `;
  }

  /** The questions by level, most severe first; a level without questions has no group. */
  private get questionGroups(): [TriageLevel, RedFlagQuestion[]][] {
    const groups = new Map<TriageLevel, RedFlagQuestion[]>();
    for (const q of this.questions) groups.set(q.level, [...(groups.get(q.level) ?? []), q]);
    return [...groups];
  }

  private renderGroup(level: TriageLevel, questions: RedFlagQuestion[]): TemplateResult {
    const id = `group-${level}`;
    return html`<div class="group" part="group" role="group" aria-labelledby=${id} data-level=${level}>
      ${this.renderHeading(this.ui.redFlagChecker[GROUP_HEADINGS[level]], { id, className: 'group__heading' }, 1)}
      ${questions.map((q) => this.renderQuestion(q))}
    </div>`;
  }

  private renderQuestion(q: RedFlagQuestion): TemplateResult {
    const t = this.ui.redFlagChecker;
    const missing = this.unanswered.includes(q.id);
    const describedBy = [q.hint && `${q.id}-hint`, missing && `${q.id}-error`].filter(Boolean).join(' ');
    const radio = (value: Answer, label: string) => html`<div class="radio">
      <input
        class="radio__input"
        type="radio"
        id="${q.id}-${value}"
        name=${q.id}
        value=${value}
        .checked=${this.answers[q.id] === value}
      />
      <label class="radio__label" for="${q.id}-${value}">${label}</label>
    </div>`;
    return html`<fieldset
      class="question ${missing ? 'question--error' : ''}"
      part="question"
      data-level=${q.level}
      aria-describedby=${describedBy || nothing}
    >
      <legend class="question__legend">${q.question}</legend>
      ${q.hint ? html`<p class="question__hint" id="${q.id}-hint">${q.hint}</p>` : nothing}
      ${missing
        ? html`<p class="question__error" id="${q.id}-error">
            <span class="visually-hidden">${t.errorPrefix}</span> ${fill(t.unansweredError, { question: q.question })}
          </p>`
        : nothing}
      <div class="radios">${radio('yes', t.yes)}${radio('no', t.no)}</div>
    </fieldset>`;
  }

  private renderErrorSummary(): TemplateResult {
    const t = this.ui.redFlagChecker;
    const byId = new Map(this.questions.map((q) => [q.id, q]));
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-heading">
      <div role="alert">
        ${this.renderHeading(t.errorSummaryHeading, { id: 'error-summary-heading', className: 'error-summary__heading' }, 1)}
        <ul class="error-summary__list">
          ${this.unanswered.map(
            (id) =>
              html`<li>
                <a href="#${id}-yes" @click=${(event: Event) => this.focusQuestion(event, id)}
                  >${fill(t.unansweredError, { question: byId.get(id)?.question ?? id })}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderResult(result: TriageResult): TemplateResult {
    const set = this.questionSet as RedFlagSet;
    const t = this.ui.redFlagChecker;
    const card = set.results.find((r) => r.level === result.level) as RedFlagResult;
    const contacts = this.contacts;
    const reasons = result.reasons.map((id) => set.questions.find((q) => q.id === id)?.reason ?? id);
    return html`<section class="result result--${result.level}" part="result" data-level=${result.level} aria-labelledby="result-heading">
      <div class="result__header">
        <span class="result__icon" aria-hidden="true">${result.level === 'emergency' || result.level === 'urgent' ? '!' : 'i'}</span>
        ${this.renderHeading(
          html`<span class="visually-hidden">${card.prefix} </span>${card.heading}`,
          { id: 'result-heading', className: 'result__heading', focusable: true },
          1,
        )}
      </div>
      <div class="result__body">
        <ul class="result__actions">
          ${card.actions.map((action) => html`<li>${fill(action, contacts)}</li>`)}
        </ul>
        ${result.level === 'emergency' ? nothing : this.renderSafetyNet(set)}
        ${reasons.length
          ? html`<p class="result__reasons-heading">${t.reasonsHeading}</p>
              <ul class="result__reasons">
                ${reasons.map((reason) => html`<li>${reason}</li>`)}
              </ul>`
          : nothing}
        <p class="result__sources">${sourcesLine(this.ui, this.catalogue.sources, card.sources)}</p>
      </div>
    </section>`;
  }

  /** The signs to act on at once: in every result below emergency, so nobody leaves without them. */
  private renderSafetyNet(set: RedFlagSet): TemplateResult {
    const { intro, signs, outro } = set.safetyNet;
    return html`<div class="result__safety-net" part="safety-net">
      <p class="result__safety-net-intro">${fill(intro, this.contacts)}</p>
      <ul>
        ${signs.map((sign) => html`<li>${fill(sign, this.contacts)}</li>`)}
      </ul>
      <p>${fill(outro, this.contacts)}</p>
    </div>`;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    this.answers = { ...this.answers, [input.name]: input.value as Answer };
    this.unanswered = this.unanswered.filter((id) => id !== input.name);
    const emergency = emergencyResult(this.questions, this.answers);
    if (emergency) {
      // Decided at once, without submitting; later answers cannot downgrade it.
      this.showResult(emergency, false);
    } else if (this.shown) {
      // The answers changed since the result: it no longer stands until they are submitted again.
      this.shown = null;
      this.announcement = '';
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const outcome = triage(this.questions, this.answers);
    if (outcome.kind === 'unanswered') {
      this.unanswered = outcome.unanswered;
      this.announcement = '';
      this.focusTarget = 'summary';
      return;
    }
    this.unanswered = [];
    this.showResult(outcome.result, true);
  }

  private showResult(result: TriageResult, moveFocus: boolean): void {
    const changed =
      !this.shown || this.shown.level !== result.level || this.shown.reasons.join() !== result.reasons.join();
    this.shown = result;
    const card = this.questionSet?.results.find((r) => r.level === result.level);
    if (card) {
      this.announcement = `${card.prefix} ${card.heading}. ${fill(card.actions[0], this.contacts)}`;
    }
    if (moveFocus) this.focusTarget = 'result';
    else this.updateComplete.then(() => this.scrollResultIntoView());
    // A copy, like `result`: listeners cannot change what is shown.
    if (changed || moveFocus) this.emit('stride-triage', { level: result.level, reasons: [...result.reasons] });
  }

  private scrollResultIntoView(): void {
    const result = this.renderRoot.querySelector('[part="result"]');
    const focused = this.shadowRoot?.activeElement;
    if (result && focused) {
      // On a small screen the result and the control just answered may not both fit: show as much of
      // the result as fits with that control still in view, so a keyboard user keeps their place.
      // Instant, because two smooth scrolls would fight.
      result.scrollIntoView({ block: 'nearest' });
      focused.scrollIntoView({ block: 'nearest' });
      return;
    }
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    result?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }

  private onReset(): void {
    this.clear();
    this.focusTarget = 'first-question';
  }

  private clear(): void {
    this.answers = {};
    this.unanswered = [];
    this.shown = null;
    this.announcement = '';
  }

  private focusQuestion(event: Event, id: string): void {
    event.preventDefault();
    const radio = this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(id)}-yes`);
    radio?.focus();
    radio?.closest('fieldset')?.scrollIntoView({ block: 'center' });
  }
}

/**
 * Pre-rendered pages only: with JavaScript off the questions still show, so
 * say that no result will. Inside `<noscript>`, which a browser running
 * scripts neither shows nor lays out: when the page hydrates, nothing moves.
 * Called only where `isServer` holds, so the browser bundles leave it (and
 * `unsafeHTML`) out.
 */
function noScriptNotice(message: string): ReturnType<typeof unsafeHTML> {
  // As one string: what is inside <noscript> is text to a parser with scripting on (lit's, too), so lit cannot bind there.
  return unsafeHTML(`<noscript><p class="disclaimer" part="no-script">${escapeHtml(message)}</p></noscript>`);
}

/** Text made safe to place in HTML source. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
