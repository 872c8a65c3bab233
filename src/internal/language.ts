/** Scripts written right to left (ISO 15924), for engines whose `Intl.Locale` has no text info (Firefox). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/** `lang` and `dir` for content written in `locale` (a BCP 47 tag such as `en-GB` or `ar-EG`). */
export function contentLanguage(locale: string | undefined): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = locale?.trim() ?? '';
  try {
    const parsed = new Intl.Locale(lang) as LocaleWithTextInfo;
    const info = parsed.getTextInfo?.() ?? parsed.textInfo;
    const rtl = info?.direction ? info.direction === 'rtl' : RTL_SCRIPTS.has(parsed.maximize().script ?? '');
    return { lang, dir: rtl ? 'rtl' : 'ltr' };
  } catch {
    // Not a language tag: say nothing about the language, keep the text left to right.
    return { lang: '', dir: 'ltr' };
  }
}
