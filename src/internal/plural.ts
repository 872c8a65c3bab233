/**
 * Plural forms of UI strings, chosen by `Intl.PluralRules` for the
 * catalogue's `locale`. A counted UI string (see `Counted` in the schema) is
 * either plain text, used for every count, or one text per CLDR plural
 * category of the language, `other` required:
 *
 *   "sets": { "one": "{sets} set", "other": "{sets} sets" }
 *   "sets": { "one": "{sets} serie", "other": "{sets} series" }          (es)
 *   "sets": { "zero": "…", "one": "…", "two": "…", "few": "…", "many": "…", "other": "…" }  (ar)
 *
 * A category the language uses but the catalogue leaves out falls back to `other`.
 */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };
export type Counted = string | PluralForms;

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string | undefined): Intl.PluralRules {
  const key = locale ?? '';
  let rules = rulesByLocale.get(key);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale || undefined);
    } catch {
      // Not a language tag: the browser's own rules are better than none.
      rules = new Intl.PluralRules();
    }
    rulesByLocale.set(key, rules);
  }
  return rules;
}

/** The form of `forms` for `count` in `locale` (plain text is every form). */
export function plural(locale: string | undefined, count: number, forms: Counted): string {
  if (typeof forms === 'string') return forms;
  return forms[pluralRules(locale).select(count)] ?? forms.other;
}

/**
 * The count a catalogue number text stands for: "3" → 3, and for a range such
 * as "2–3" or "8-12" its upper end, which decides the form in every language
 * we know of ("2–3 sets", "1–2 series"); text without a number counts as many.
 */
export function countIn(text: string): number {
  const numbers = text.match(/\d+(?:[.,]\d+)?/g);
  return numbers ? Number(numbers[numbers.length - 1].replace(',', '.')) : Number.POSITIVE_INFINITY;
}
