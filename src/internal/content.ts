import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, Source, UiStrings } from '../catalogue/schema';

/** The small, honest evidence badge of an exercise or cue. */
export function renderEvidenceBadge(ui: UiStrings, evidence: Evidence): TemplateResult {
  return html`<span class="badge badge--${evidence}" part="badge"
    ><span class="badge__label">${ui.common.evidenceLabel}</span> ${ui.evidence[evidence]}</span
  >`;
}

function renderSource(source: Source): TemplateResult {
  const by = source.authors ?? source.publisher;
  const title = source.url
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.title}</a>`
    : source.title;
  return html`<li>${title}${by ? html`. ${by}` : nothing}, ${source.year}.</li>`;
}

/** The sources of an entry, with what its evidence level means. */
export function renderSources(
  ui: UiStrings,
  heading: TemplateResult,
  cited: readonly Source[],
  evidence: Evidence,
): TemplateResult {
  return html`<footer class="sources" part="sources">
    ${heading}
    <p class="sources__evidence">
      <strong>${ui.evidence[evidence]}:</strong> ${ui.evidenceDescriptions[evidence]}
    </p>
    <ul class="sources__list">
      ${cited.map(renderSource)}
    </ul>
  </footer>`;
}

/** "Sources: title; title" — the short, one-line form of an entry's sources (ids deduplicated). */
export function sourcesLine(ui: UiStrings, all: readonly Source[] | undefined, ids: readonly string[]): string {
  const titles = resolveSources(all, [...new Set(ids)]).map((s) => s.title);
  return `${ui.common.sourcesHeading}: ${titles.join('; ')}`;
}

/** The catalogue entries of `ids`, in that order; unknown ids are skipped (the tests keep them resolvable). */
export function resolveSources(all: readonly Source[] | undefined, ids: readonly string[]): Source[] {
  return ids.map((id) => all?.find((s) => s.id === id)).filter((s): s is Source => Boolean(s));
}
