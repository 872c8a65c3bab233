// @ts-check
/**
 * Plain-language rules for a catalogue's reader-facing text (`npm run
 * content:check`, the CLI in `content-check.mjs`). Pure: no Node or DOM
 * imports, so the browser test suite unit-tests it
 * (`tests/content/content-rules.test.ts`) and Node runs it directly.
 *
 * The limits come from the content brief's "Word limits" (the project's
 * clinical content brief, kept outside this repository):
 * - a step (`exercises[].steps[]`) or cue instruction (`cues[].instruction`)
 *   is at most 12 words; a red-flag question at most 20;
 * - any sentence is at most 20 words. A sentence ends at `.`, `!`, `?` or
 *   `;`; each string (so each item of a list) is counted alone, never run
 *   on into the next; placeholders count as their default text
 *   (`PLACEHOLDER_TEXT`);
 * - no red-flag question starts "Do you have back pain and": the intro
 *   frames the questions once;
 * - no word from `JARGON` unless the same string explains it
 *   (`explainsJargon`);
 * - every section reads at reading age `READING_AGE_MAX` or under
 *   (Flesch–Kincaid grade + 5, `readingAge`).
 *
 * Only the word limits hold for every language. The reading age
 * (Flesch–Kincaid counts English syllables), the jargon list and the banned
 * question prefix are English, so a catalogue whose `locale` is not English
 * (`isEnglish`) is checked for word limits only: its plain language is for a
 * fluent reviewer to judge.
 *
 * Which strings are text (`catalogueTexts`): every string of the catalogue
 * except all of `sources` (published titles, authors and years), ids and
 * references to ids, `$schema`, `locale`, `version`, enum values
 * (`evidence`, `level`, equipment `kind`), dates and URLs.
 */

/** Words in a step or a cue instruction (brief: "a short instruction (≤ 12 words)"). */
export const INSTRUCTION_MAX_WORDS = 12;
/** Words in a red-flag question, whole (its hint is separate text). */
export const QUESTION_MAX_WORDS = 20;
/** Words in any sentence. */
export const SENTENCE_MAX_WORDS = 20;
/** The highest reading age (Flesch–Kincaid grade + 5) a section may have. */
export const READING_AGE_MAX = 11;

/** The prefix the intro replaces (compared case-insensitively, after leading spaces). */
export const BANNED_QUESTION_PREFIX = 'Do you have back pain and';

/**
 * Placeholders count as the text a reader sees when the page sets nothing
 * (brief, revision 2: "your local emergency number", "an urgent advice
 * line"). Every other `{name}` (a number, a label, an id list) counts as
 * one short word, `PLACEHOLDER_WORD`.
 */
export const PLACEHOLDER_TEXT = Object.freeze({
  emergencyNumber: 'your local emergency number',
  adviceLine: 'an urgent advice line',
});
export const PLACEHOLDER_WORD = 'it';

/**
 * Technical and gym words a reader aged 11 would not know. Each is allowed
 * in a string that explains it (see `explainsJargon`), e.g. "back of thighs
 * (hamstrings)". Kept short on purpose: words the brief itself uses as plain
 * names ("hamstring stretch", "glute bridge", "plank") are not listed, nor
 * medical words a question must name and its hint explains ("osteoporosis").
 * Matched as whole words, case-insensitively, with an optional plural `s`.
 */
export const JARGON = Object.freeze([
  'quadratus lumborum',
  'piriformis',
  'neutral spine',
  'sphinx',
  'dowel',
  'goblet',
  'lumbar',
  'erector',
  'multifidus',
  'transversus',
  'iliopsoas',
  'posterior chain',
  'pelvic tilt',
  'lordosis',
  'thoracic',
  'isometric',
  'cadence',
]);

/** Common words the syllable heuristic gets wrong. */
const SYLLABLE_EXCEPTIONS = /** @type {Record<string, number>} */ ({
  any: 2, many: 2, area: 3, idea: 3, create: 2, created: 3, every: 2,
});

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = ['e.g.', 'i.e.'];

/** Keys whose string values are not reader-facing text, wherever they appear. */
const NOT_TEXT_KEYS = new Set([
  '$schema', 'id', 'locale', 'version',
  // the top-level `sources` (published titles, which the brief exempts) and
  // every entry's list of source ids; other references to ids
  'sources', 'group', 'exercise', 'protocol',
  // source metadata and dates
  'url', 'doi', 'year', 'accessed', 'date', 'nextDue', 'sourcesChecked',
]);
/**
 * Keys whose string values are enum values (`ui.evidence` is an object of
 * text, and is read): evidence levels, triage levels and the `kind` of a
 * figure's equipment ("mat", "step"). A figure's `alt` is text, and is read.
 */
const ENUM_KEYS = new Set(['evidence', 'level', 'kind']);
/**
 * Top-level sections whose text is read with another section: cue groups
 * head the cues; the review line is shown under the red-flag checker's
 * disclaimer. Any other top-level section (e.g. a later `routines`) is its
 * own section.
 */
const SECTION_OF = Object.freeze({ cueGroups: 'cues', review: 'redFlagSets' });

const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * A whole string that is one kebab-case id with a hyphen: a reference, not
 * text (`"cat-camel"` in a list of steps). ISO dates (`2026-11`) match too.
 */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * @typedef {{ path: string, section: string, text: string }} CatalogueText
 * One reader-facing string: its JSON path (`exercises[3].steps[2]`), the
 * section whose reading age it counts towards, and the text.
 */

/**
 * Every reader-facing string of a catalogue, in document order.
 * @param {unknown} catalogue parsed JSON (not validated: a clinic's draft can be checked too)
 * @returns {CatalogueText[]}
 */
export function catalogueTexts(catalogue) {
  /** @type {CatalogueText[]} */
  const texts = [];
  if (!isRecord(catalogue)) return texts;
  for (const [key, value] of Object.entries(catalogue)) {
    if (NOT_TEXT_KEYS.has(key)) continue;
    const section = /** @type {Record<string, string>} */ (SECTION_OF)[key] ?? key;
    collect(value, key, section, texts);
  }
  return texts;
}

/**
 * @param {unknown} value
 * @param {string} path
 * @param {string} section
 * @param {CatalogueText[]} texts
 */
function collect(value, path, section, texts) {
  if (typeof value === 'string') {
    if (!URL_PATTERN.test(value) && !ID_PATTERN.test(value)) {
      texts.push({ path, section, text: value });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${path}[${i}]`, section, texts));
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (NOT_TEXT_KEYS.has(key)) continue;
      if (ENUM_KEYS.has(key) && typeof child === 'string') continue;
      collect(child, `${path}.${key}`, section, texts);
    }
  }
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The text with every `{placeholder}` replaced by what it counts as.
 * @param {string} text
 */
export function expandPlaceholders(text) {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name) =>
    Object.hasOwn(PLACEHOLDER_TEXT, name) ? /** @type {Record<string, string>} */ (PLACEHOLDER_TEXT)[name] : PLACEHOLDER_WORD,
  );
}

/**
 * The words of a text: runs between spaces that hold a letter or a digit
 * ("2–3" and "A&E" are one word each; a lone dash or "×" is none).
 * @param {string} text
 * @returns {string[]}
 */
export function words(text) {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * The sentences of one string (placeholders expanded): a sentence ends at
 * `.`, `!`, `?`, `;` or `…` followed by a space or the end, after any closing
 * quote or bracket; "e.g." and "i.e." do not end one, nor does the point of
 * "2.5". A string without end punctuation is one sentence.
 * @param {string} text
 * @returns {string[]}
 */
export function sentences(text) {
  const expanded = expandPlaceholders(text);
  /** @type {string[]} */
  const found = [];
  let start = 0;
  const end = /[.!?;…]+["'”’)\]]*(?=\s|$)/g;
  for (let match = end.exec(expanded); match; match = end.exec(expanded)) {
    const stop = match.index + match[0].length;
    const before = expanded.slice(0, stop).toLowerCase();
    if (ABBREVIATIONS.some((abbreviation) => before.endsWith(` ${abbreviation}`) || before === abbreviation)) continue;
    found.push(expanded.slice(start, stop));
    start = stop;
  }
  found.push(expanded.slice(start));
  return found.map((sentence) => sentence.trim()).filter((sentence) => words(sentence).length > 0);
}

/**
 * Syllables in one English word, by the usual heuristic: count groups of
 * vowels, then correct for silent endings ("-e", "-es", "-ed") and for vowel
 * pairs that are said as two ("trial", "being"). Wrong for some words
 * ("area", "create"), right on average, which is all a readability formula
 * needs. A number counts one syllable per group of digits ("2–3" is two);
 * an abbreviation in capitals one per letter ("NHS" is three).
 * @param {string} word
 * @returns {number}
 */
export function countSyllables(word) {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return (word.match(/\p{N}+/gu) ?? []).length;
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return letters.length;
  }
  let w = letters.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  if (Object.hasOwn(SYLLABLE_EXCEPTIONS, w)) return SYLLABLE_EXCEPTIONS[w];
  if (w.length <= 3) return 1;
  w = w.replace(/qu/g, 'q').replace(/gue$/, 'g'); // "quick", "catalogue"
  const prefix = /^mc[^aeiouy]/.test(w) ? 1 : 0; // "McGill"
  // A silent "e" before a suffix: "safely", "movement".
  w = w.replace(/([^aeiouy])e(ly|ment|ments|ful|fully|ness|less)$/, '$1$2');
  if (/[^aeiouyl]led$/.test(w)) {
    w = w.slice(0, -1); // "settled" is said like "settle"
  } else if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) {
    w = w.slice(0, -2); // "walked", but "lifted" keeps its "-ed"
  } else if (/[^aeiouy]es$/.test(w) && !/(?:[cgsxz]|[cs]h|[^aeiouy]l)es$/.test(w)) {
    w = w.slice(0, -2); // "times", but "boxes", "places", "muscles" keep it
  } else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) {
    w = w.slice(0, -1); // "make", but "table" keeps its "-le"
  }
  let count = prefix + (w.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs said as two syllables.
  count += (w.match(/[^cgst]ia|io(?!n)|[^gq]ua|ie(?=[rt])/g) ?? []).length;
  if (/[aeiouy]ing$/.test(w)) count += 1; // "being", "doing", "lying"
  return Math.max(1, count);
}

/**
 * @typedef {{ words: number, sentences: number, syllables: number }} TextCounts
 */

/**
 * Words, sentences and syllables of some strings, each string counted alone.
 * @param {readonly string[]} texts
 * @returns {TextCounts}
 */
export function textCounts(texts) {
  const counts = { words: 0, sentences: 0, syllables: 0 };
  for (const text of texts) {
    for (const sentence of sentences(text)) {
      const sentenceWords = words(sentence);
      counts.sentences += 1;
      counts.words += sentenceWords.length;
      for (const word of sentenceWords) counts.syllables += countSyllables(word);
    }
  }
  return counts;
}

/**
 * Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables
 * per word − 15.59. NaN for no words.
 * @param {TextCounts} counts
 */
export function fleschKincaidGrade({ words: wordCount, sentences: sentenceCount, syllables }) {
  if (!wordCount || !sentenceCount) return Number.NaN;
  return 0.39 * (wordCount / sentenceCount) + 11.8 * (syllables / wordCount) - 15.59;
}

/**
 * Reading age in years: the US school grade of Flesch–Kincaid plus 5 (grade
 * 1 is read at about age 6), rounded to one decimal.
 * @param {readonly string[]} texts
 */
export function readingAge(texts) {
  return Math.round((fleschKincaidGrade(textCounts(texts)) + 5) * 10) / 10;
}

/**
 * Reading age of each section, in catalogue order.
 * @param {unknown} catalogue
 * @returns {{ section: string, readingAge: number }[]}
 */
export function sectionReadingAges(catalogue) {
  /** @type {Map<string, string[]>} */
  const bySection = new Map();
  for (const { section, text } of catalogueTexts(catalogue)) {
    bySection.set(section, [...(bySection.get(section) ?? []), text]);
  }
  return [...bySection].map(([section, texts]) => ({ section, readingAge: readingAge(texts) }));
}

/**
 * Whether `text` explains the jargon term found at `index` (`length`
 * characters long). Explained means, in the same string, one of:
 * - the term stands in brackets after plain words: "back of thighs (hamstrings)";
 * - the term is followed by a bracket, a colon or "means": "piriformis (a
 *   deep buttock muscle)", "neutral spine: your back in its natural curve",
 *   "neutral spine means …";
 * - the term follows "called" or "known as": "a wooden pole, called a dowel".
 * @param {string} text
 * @param {number} index
 * @param {number} length
 */
export function explainsJargon(text, index, length) {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  const open = before.lastIndexOf('(');
  const insideBrackets = open >= 0 && !before.slice(open).includes(')') && /[\p{L}]/u.test(before.slice(0, open));
  return (
    insideBrackets ||
    /^["'”’]?\s*(?:\(|:|means\b)/i.test(after) ||
    /\b(?:called|known as)\s+(?:an?\s+|the\s+)?["'“‘]?$/i.test(before)
  );
}

/**
 * Jargon words used in `text` without an explanation in the same string.
 * @param {string} text
 * @returns {string[]}
 */
export function unexplainedJargon(text) {
  return JARGON.filter((term) => {
    const pattern = new RegExp(`(?<![\\p{L}])${term.replace(/ /g, '\\s+')}s?(?![\\p{L}])`, 'giu');
    return [...text.matchAll(pattern)].some((match) => !explainsJargon(text, match.index, match[0].length));
  });
}

/**
 * @param {string} path
 * @returns {number | undefined}
 */
function wholeTextLimit(path) {
  if (/^exercises\[\d+\]\.steps\[\d+\]$/.test(path) || /^cues\[\d+\]\.instruction$/.test(path)) {
    return INSTRUCTION_MAX_WORDS;
  }
  if (isQuestion(path)) return QUESTION_MAX_WORDS;
  return undefined;
}

/** @param {string} path */
function isQuestion(path) {
  return /^redFlagSets\[\d+\]\.questions\[\d+\]\.question$/.test(path);
}

/**
 * Whether the English-only rules apply: a catalogue in English, or one that
 * names no locale (a clinic's partial catalogue merged over the English one).
 * @param {unknown} catalogue
 */
export function isEnglish(catalogue) {
  const locale = isRecord(catalogue) ? catalogue.locale : undefined;
  return typeof locale !== 'string' || /^en(?:-|$)/i.test(locale.trim());
}

/**
 * Every problem of a catalogue's text, one line each, starting with its
 * JSON path. Reading ages over the limit are problems too.
 * @param {unknown} catalogue
 * @returns {string[]}
 */
export function contentProblems(catalogue) {
  /** @type {string[]} */
  const problems = [];
  const english = isEnglish(catalogue);
  for (const { path, text } of catalogueTexts(catalogue)) {
    const limit = wholeTextLimit(path);
    const count = words(expandPlaceholders(text)).length;
    if (limit !== undefined && count > limit) {
      problems.push(`${path}: ${count} words (at most ${limit}): "${text}"`);
    } else {
      // A text already too long as a whole is not reported again sentence by sentence.
      for (const sentence of sentences(text)) {
        const sentenceCount = words(sentence).length;
        if (sentenceCount > SENTENCE_MAX_WORDS) {
          problems.push(`${path}: a sentence of ${sentenceCount} words (at most ${SENTENCE_MAX_WORDS}): "${sentence}"`);
        }
      }
    }
    if (!english) continue;
    if (isQuestion(path) && text.trimStart().toLowerCase().startsWith(BANNED_QUESTION_PREFIX.toLowerCase())) {
      problems.push(`${path}: starts "${BANNED_QUESTION_PREFIX}" (the intro frames the questions once): "${text}"`);
    }
    for (const term of unexplainedJargon(text)) {
      problems.push(`${path}: "${term}" is not explained in the same text: "${text}"`);
    }
  }
  if (!english) return problems;
  for (const { section, readingAge: age } of sectionReadingAges(catalogue)) {
    if (age > READING_AGE_MAX) problems.push(`${section}: reading age ${age.toFixed(1)} (at most ${READING_AGE_MAX})`);
  }
  return problems;
}
