import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, Source, UiStrings } from '../catalogue/schema';
import { fill } from './text';

/** The small, honest evidence badge of an exercise or cue. */
export function renderEvidenceBadge(ui: UiStrings, evidence: Evidence): TemplateResult {
  return html`<span class="badge badge--${evidence}" part="badge"
    ><span class="badge__label">${ui.common.evidenceLabel}</span> ${ui.evidence[evidence]}</span
  >`;
}

/** "November 2026" from "2026-11", in the catalogue's language; the raw value if the locale is unusable. */
export function monthName(accessed: string, locale: string | undefined): string {
  const [year, month] = accessed.split('-').map(Number);
  try {
    // UTC on both sides, so the month never slips at a time-zone boundary.
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, 1),
    );
  } catch {
    return accessed;
  }
}

/** Ends a piece of text with a full stop, unless it already ends a sentence. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * One source as it reads in a list: a publication "Title. Authors, Journal,
 * 2016, 25(9):2788–2802. doi:…", a web page "Title. NHS website, accessed
 * November 2026.", and an entry that is not a citation (neither a year nor a
 * month, such as common coaching practice) as its title alone.
 */
export function renderSource(ui: UiStrings, locale: string | undefined, source: Source): TemplateResult {
  const title = source.url
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.title}</a>`
    : source.title;
  const when =
    source.year !== undefined
      ? [String(source.year), source.details]
      : source.accessed
        ? [fill(ui.common.accessed, { month: monthName(source.accessed, locale) })]
        : [];
  const rest = [source.authors, source.publisher, ...when].filter(Boolean).join(', ');
  const doi = source.doi
    ? html` <a href=${`https://doi.org/${source.doi}`} rel="noopener noreferrer" target="_blank">doi:${source.doi}</a>`
    : nothing;
  return html`<li>${title}${/[.?!]$/.test(source.title) ? '' : '.'}${rest ? ` ${sentence(rest)}` : nothing}${doi}</li>`;
}

/** The sources of an entry, with what its evidence level means. */
export function renderSources(
  ui: UiStrings,
  locale: string | undefined,
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
      ${cited.map((source) => renderSource(ui, locale, source))}
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
