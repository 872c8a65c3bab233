/**
 * The translated catalogues (`src/catalogues/*.json`, shipped as
 * `stride-widgets/catalogues/<name>.json`) against the English one: the
 * same schema and cross-reference checks, and the same skeleton — every id,
 * level, evidence grade, source, dosage number, pyramid and timer phase — with
 * only the reader-facing text changed, every text translated and its
 * `{placeholders}` kept.
 */
import { expect } from '@open-wc/testing';
import en from '../../src/catalogue/catalogue.json';
import es from '../../src/catalogues/es.json';
import { Catalogue, PLURAL_CATEGORIES } from '../../src/catalogue/schema';
import { referenceIssues } from '../../src/catalogue/integrity';
import { formatIssues } from '../../src/catalogue/validate';

/** Keys whose strings are reader-facing text, translated; every other string (ids, levels, evidence, numbers) stays. */
const TEXT_KEYS = new Set([
  'name', 'target', 'purpose', 'why', 'steps', 'tips', 'mistakes', 'how', 'caution', 'frequency', 'note',
  'intro', 'disclaimer', 'signs', 'outro', 'question', 'hint', 'reason', 'prefix', 'heading', 'actions',
  'instruction', 'label', 'safetyNote', 'alt',
]);

/**
 * Strings a translation may leave as in English, each for a reason:
 * "{frequency}" is nothing but a placeholder; "No" and "Error:" are the same
 * words in Spanish.
 */
const SAME_IN_TRANSLATION = new Set(['{frequency}', 'No', 'Error:']);

/** The catalogue with every text (outside `sources` and `ui`) replaced by a marker. */
function skeleton(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? 'TEXT' : value;
  if (Array.isArray(value)) return value.map((item) => skeleton(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]));
  }
  return value;
}

/** Every text of the catalogue outside `sources`, by JSON path (a plural form is `path.one`, …). */
function texts(value: unknown, path = '', key = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') {
    if (TEXT_KEYS.has(key) || path.startsWith('ui.')) out.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => texts(item, `${path}[${i}]`, key, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (path || k !== 'sources') texts(v, path ? `${path}.${k}` : k, k, out);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const TRANSLATIONS = { es } as Record<string, unknown>;

for (const [name, translated] of Object.entries(TRANSLATIONS)) {
  describe(`catalogues/${name}.json`, () => {
    const data = translated as typeof en;

    it('validates against the catalogue schema and its cross-reference checks', () => {
      const parsed = Catalogue.safeParse(translated);
      expect(parsed.success ? [] : formatIssues(parsed.error.issues)).to.deep.equal([]);
      expect(referenceIssues(data as unknown as Catalogue)).to.deep.equal([]);
    });

    it(`names its locale, "${name}", and says honestly that no clinician has reviewed it`, () => {
      expect(data.locale).to.equal(name);
      expect(data.review).to.deep.equal({ reviewed: false, sourcesChecked: en.review.sourcesChecked });
      // The review line of an unreviewed translation says a fluent clinician must review it before use.
      expect(data.ui.redFlagChecker.reviewPending).to.include('{sourcesChecked}');
      expect(data.ui.redFlagChecker.reviewPending).not.to.equal(en.ui.redFlagChecker.reviewPending);
    });

    it('keeps the sources exactly as published', () => {
      expect(data.sources).to.deep.equal(en.sources);
    });

    it('has the same exercises, questions, levels, results, cues, protocols and phase timings as the English one', () => {
      const { ui: _ui, locale: _locale, ...rest } = data;
      const { ui: _enUi, locale: _enLocale, ...enRest } = en;
      expect(skeleton(rest)).to.deep.equal(skeleton(enRest));
      // Spelt out too, so a failure names what was lost.
      expect(data.exercises.map((e) => e.id)).to.deep.equal(en.exercises.map((e) => e.id));
      expect(data.redFlagSets[0].questions.map((q) => [q.id, q.level])).to.deep.equal(en.redFlagSets[0].questions.map((q) => [q.id, q.level]));
      expect(data.redFlagSets[0].results.map((r) => r.level)).to.deep.equal(en.redFlagSets[0].results.map((r) => r.level));
      expect(data.cues.map((c) => [c.id, c.group])).to.deep.equal(en.cues.map((c) => [c.id, c.group]));
      const timings = (c: typeof en) =>
        c.protocols.map((p) => [p.id, p.sets.map((s) => [s.rounds, s.work.seconds, s.rest?.seconds]), p.setRest?.seconds]);
      expect(timings(data)).to.deep.equal(timings(en));
    });

    it('has every UI string group and key, each plain text or plural forms', () => {
      expect(Object.keys(data.ui)).to.deep.equal(Object.keys(en.ui));
      for (const [group, strings] of Object.entries(en.ui)) {
        expect(Object.keys((data.ui as Record<string, object>)[group]), group).to.have.members(Object.keys(strings));
      }
      for (const value of Object.values(data.ui).flatMap((group) => Object.values(group))) {
        if (typeof value !== 'string') expect(Object.keys(value).every((k) => (PLURAL_CATEGORIES as readonly string[]).includes(k))).to.equal(true);
      }
    });

    it('translates every text and keeps its placeholders', () => {
      const english = texts(en);
      const translatedTexts = texts(translated);
      const untranslated: string[] = [];
      const placeholderChanges: string[] = [];
      for (const [path, text] of translatedTexts) {
        // A plural form is compared with the English string's `other` form, or with the plain English string.
        const englishPath = english.has(path) ? path : path.replace(/\.(zero|one|two|few|many|other)$/, '');
        const enText = english.get(englishPath) ?? english.get(`${englishPath}.other`);
        expect(enText, `${path} has no English counterpart`).to.be.a('string');
        if (text === enText && !SAME_IN_TRANSLATION.has(text)) untranslated.push(`${path}: "${text}"`);
        if (placeholders(text).join() !== placeholders(enText!).join()) placeholderChanges.push(`${path}: "${text}"`);
      }
      expect(untranslated).to.deep.equal([]);
      expect(placeholderChanges).to.deep.equal([]);
      expect(translatedTexts.size).to.be.at.least(english.size);
    });
  });
}
