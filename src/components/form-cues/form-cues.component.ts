import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cueGroups, cues, locale, sources, ui } from '../../catalogue/bundled';
import type { Sections } from '../../catalogue/merge';
import type { Cue, CueGroup } from '../../catalogue/schema';
import { renderEvidenceBadge, sourcesLine } from '../../internal/content';
import { StrideElement } from '../../internal/stride-element';
import { fill } from '../../internal/text';
import { styles } from './form-cues.styles';
import { readTicks, storageKey, writeTicks, type TicksProblem } from './persisted-ticks';

/** `detail` of `stride-cues-change`. */
export interface CuesChangeDetail {
  /** Ids of the ticked cues, in catalogue order. */
  checked: string[];
  /** How many cues are shown. */
  total: number;
}

/** The cues to show, grouped, and the ids of the `cues` attribute that matched nothing. */
interface Selection {
  groups: { group: CueGroup; cues: Cue[] }[];
  unknown: string[];
}

/**
 * Which cues a `cues` attribute selects: cue ids and group ids, commas
 * between, whitespace ignored; empty or absent selects all. The result is in
 * catalogue order (groups in `cueGroups` order, cues in `cues` order),
 * whatever the order of the attribute.
 */
function selectCues(allGroups: readonly CueGroup[], allCues: readonly Cue[], attribute: string | null): Selection {
  const ids = [...new Set((attribute ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
  const groupIds = new Set(allGroups.map((g) => g.id));
  const cueIds = new Set(allCues.map((c) => c.id));
  const unknown = ids.filter((id) => !groupIds.has(id) && !cueIds.has(id));
  const wanted = new Set(ids);
  const shown = (cue: Cue) => !ids.length || wanted.has(cue.id) || wanted.has(cue.group);
  const groups = allGroups
    .map((group) => ({ group, cues: allCues.filter((cue) => cue.group === group.id && shown(cue)) }))
    .filter((g) => g.cues.length);
  return { groups, unknown };
}

/**
 * A checklist of running-form cues for runners with low back pain, grouped
 * (posture, arms, stride, core and hips), each with a short instruction, an
 * honest evidence badge and why it may help. Ticks can be kept on the device
 * with `persist`; nothing is sent anywhere.
 *
 * @summary Running-form cue checklist.
 * @tag stride-form-cues
 *
 * @attr cues - Optional. Cue ids and/or group ids, separated by commas, e.g. `quick-steps, arms`. Default: all. Always shown in catalogue order. Unknown ids are named in an alert; the known ones still show.
 * @attr persist - Optional. A key: ticks are saved in `localStorage` under `stride-widgets:form-cues:v1:<key>` and restored on load. Present but empty means the key `default`. Where storage is disabled or full, ticks are simply not saved (a short note says so).
 * @attr heading-level - 1–6 (default 3): the level of the checklist's heading; group headings are one level below.
 * @attr theme - `light` or `dark` forces a colour scheme; by default it follows `prefers-color-scheme`.
 *
 * @fires {CustomEvent<CuesChangeDetail>} stride-cues-change - The user ticked or unticked a cue, or unticked all. `detail: { checked, total }`: the ids of the ticked cues in catalogue order and the number of cues shown. Not fired when ticks are restored.
 *
 * @csspart heading - The checklist's heading.
 * @csspart progress - The "3 of 10 checked" line (a polite live region).
 * @csspart group - Each group of cues, with its sub-heading.
 * @csspart cue - Each cue: checkbox, instruction, badge and "why".
 * @csspart badge - The evidence badge of each cue.
 * @csspart why - The "why" disclosure of each cue.
 * @csspart reset-button - The button that unticks all.
 * @csspart storage-note - The note shown when ticks cannot be saved.
 * @csspart sources - The one-line list of sources.
 * @csspart error - The alert for unknown ids in `cues`, or for bad configuration.
 *
 * @cssproperty --stride-font-family - Font (default: the page's).
 * @cssproperty --stride-font-size - Base font size (default 1em).
 * @cssproperty --stride-color-text - Text colour.
 * @cssproperty --stride-color-muted - Secondary text: sources, notes, the badge's label; the edge of the checkboxes.
 * @cssproperty --stride-color-surface - Background of the widget.
 * @cssproperty --stride-color-border - Borders and rules.
 * @cssproperty --stride-color-accent - Ticked checkboxes, the ticked cue's edge, links and buttons.
 * @cssproperty --stride-color-accent-contrast - Text on accent backgrounds.
 * @cssproperty --stride-color-focus - Focus rings.
 * @cssproperty --stride-color-emergency - The edge of the error alert.
 * @cssproperty --stride-color-self-care - Badge edge for guideline and research evidence.
 * @cssproperty --stride-radius - Corner radius.
 * @cssproperty --stride-space - Base spacing unit.
 */
export class StrideFormCues extends StrideElement {
  static override styles = [StrideElement.styles, styles];
  /** @internal */
  static override bundled = { cueGroups, cues, sources, ui, locale } as unknown as Sections;
  static override properties = {
    ...StrideElement.properties,
    cues: { reflect: true },
    persist: { reflect: true },
    ticked: { state: true, attribute: false },
    storageProblem: { state: true, attribute: false },
  };

  /** Cue ids and/or group ids, separated by commas; absent or empty shows all. */
  cues: string | null = null;

  /** A key under which ticks are saved in `localStorage`; absent means nothing is saved. */
  persist: string | null = null;

  /**
   * Ticked cue ids. May hold ids that are not shown (hidden by `cues`, or not
   * yet in the catalogue): they are kept, never counted, and dropped when
   * saving only if the catalogue does not know them.
   */
  private ticked: ReadonlySet<string> = new Set();

  /** Why ticks are not being saved (storage disabled or full), shown as a note. */
  private storageProblem: TicksProblem | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Restores on the first render with `persist` (connect) and when the key changes; never emits.
    if (!changed.has('persist')) return;
    if (this.prerendered && !this.hasUpdated) this.restoreAfterHydration = true;
    else this.restore();
  }

  /** Set while a pre-rendered element hydrates: its saved ticks are restored after the first render. */
  private restoreAfterHydration = false;

  protected override firstUpdated(): void {
    if (!this.restoreAfterHydration) return;
    this.restoreAfterHydration = false;
    this.restore();
    this.requestUpdate();
  }

  private get selection(): Selection {
    return selectCues(this.catalogue.cueGroups ?? [], this.catalogue.cues ?? [], this.cues);
  }

  private restore(): void {
    this.storageProblem = null;
    // A server render has no storage: the browser restores the ticks when it hydrates.
    if (this.persist === null || isServer) return;
    const result = readTicks(this.persist);
    if (result.ok) {
      this.ticked = new Set(result.ids);
      return;
    }
    this.ticked = new Set();
    if (result.problem === 'corrupt') {
      // Our own versioned key holding nonsense: start afresh, and the next tick overwrites it.
      this.warnOnce(`the ticks saved under "${storageKey(this.persist)}" could not be read (${result.detail}), so none were restored.`);
    } else {
      this.stopPersisting(this.persist, result.problem, result.detail);
    }
  }

  private save(): void {
    if (this.persist === null || this.storageProblem) return;
    const known = (this.catalogue.cues ?? []).map((c) => c.id).filter((id) => this.ticked.has(id));
    const result = writeTicks(this.persist, known);
    if (!result.ok) this.stopPersisting(this.persist, result.problem, result.detail);
  }

  private stopPersisting(key: string, problem: TicksProblem, detail: string): void {
    this.storageProblem = problem;
    this.warnOnce(`ticks cannot be saved under "${storageKey(key)}" (${detail}), so they are kept only until the page is left.`);
  }

  protected override renderContent(): TemplateResult {
    const headingProblem = this.headingProblem;
    if (headingProblem) return this.renderProblem(headingProblem);
    const { groups, unknown } = this.selection;
    const t = this.ui.formCues;
    const alert = unknown.length ? this.renderUnknown(unknown, groups.length === 0) : nothing;
    if (!groups.length) return html`${alert}`;
    const shown = groups.flatMap((g) => g.cues);
    const checked = shown.filter((cue) => this.ticked.has(cue.id)).length;
    return html`
      <section class="widget widget--accent cues" aria-labelledby="heading">
        <header class="cues__header">
          ${this.renderHeading(t.heading, { id: 'heading', part: 'heading', className: 'widget__heading' })}
          <p class="progress" part="progress" role="status" aria-live="polite" aria-atomic="true">
            ${this.fillCounted(t.progress, checked, { checked, total: shown.length })}
          </p>
        </header>
        ${alert}
        <div class="groups" @change=${this.onChange}>${groups.map(({ group, cues }) => this.renderGroup(group, cues))}</div>
        <div class="actions">
          <button class="button button--secondary" type="button" part="reset-button" @click=${this.onReset}>${t.reset}</button>
          ${this.storageProblem ? html`<p class="note" part="storage-note">${t.storageUnavailable}</p>` : nothing}
        </div>
        <p class="sources-line" part="sources">${sourcesLine(this.ui, this.catalogue.sources, shown.flatMap((cue) => cue.sources))}</p>
      </section>
    `;
  }

  private renderUnknown(unknown: readonly string[], nothingShown: boolean): TemplateResult {
    const t = this.ui.formCues;
    const message = fill(t.unknownCues, { ids: unknown.map((id) => `"${id}"`).join(', '), accepted: t.cuesAccepted });
    this.warnOnce(message);
    return html`<div class="error" role="alert" part="error">
      ${nothingShown ? html`<p class="error__heading">${this.ui.common.errorHeading}</p>` : nothing}
      <p>${message}</p>
    </div>`;
  }

  private renderGroup(group: CueGroup, groupCues: readonly Cue[]): TemplateResult {
    const headingId = `group-${group.id}`;
    return html`<div class="group" part="group" role="group" aria-labelledby=${headingId} data-group=${group.id}>
      ${this.renderHeading(group.name, { id: headingId, className: 'group__heading' }, 1)}
      <ul class="group__list">
        ${groupCues.map((cue) => this.renderCue(cue))}
      </ul>
    </div>`;
  }

  private renderCue(cue: Cue): TemplateResult {
    const t = this.ui.formCues;
    const id = `cue-${cue.id}`;
    const ticked = this.ticked.has(cue.id);
    return html`<li class="cue ${ticked ? 'cue--ticked' : ''}" part="cue" data-cue=${cue.id}>
      <input
        class="cue__checkbox"
        type="checkbox"
        id=${id}
        name="cue"
        value=${cue.id}
        aria-describedby="${id}-evidence"
        .checked=${ticked}
      />
      <label class="cue__label" for=${id}>${cue.instruction}</label>
      <div class="cue__more">
        <span id="${id}-evidence">${renderEvidenceBadge(this.ui, cue.evidence)}</span>
        <details class="why" part="why">
          <summary class="why__summary">${t.whyLabel}<span class="visually-hidden"> ${cue.instruction}</span></summary>
          <p class="why__text">${cue.why}</p>
        </details>
      </div>
    </li>`;
  }

  /** Ids of the shown cues that are ticked, in catalogue order. */
  private detail(): CuesChangeDetail {
    const shown = this.selection.groups.flatMap((g) => g.cues);
    return { checked: shown.filter((cue) => this.ticked.has(cue.id)).map((cue) => cue.id), total: shown.length };
  }

  private onChange(event: Event): void {
    // Only the checkboxes fire `change` in the list (a details element fires `toggle`).
    const input = event.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.ticked = next;
    this.save();
    this.emit('stride-cues-change', this.detail());
  }

  private onReset(): void {
    const shown = this.selection.groups.flatMap((g) => g.cues.map((cue) => cue.id));
    if (!shown.some((id) => this.ticked.has(id))) return;
    // Unticks what is shown; ticks of cues hidden by `cues` (same key, another page) are left alone.
    this.ticked = new Set([...this.ticked].filter((id) => !shown.includes(id)));
    this.save();
    this.emit('stride-cues-change', this.detail());
  }
}
