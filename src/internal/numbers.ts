/**
 * Numbers in the catalogue's language (spoken durations, the timer's alone, are in its `duration.ts`), through the
 * browser's own `Intl` (no locale data ships with the widgets). An unknown
 * locale tag falls back to the browser's language.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for `locale` (the browser's language if the tag is unknown). */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale || undefined, options);
    } catch {
      format = new Intl.NumberFormat(undefined, options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** `12` → "12" (en), "١٢" (ar). */
export function formatNumber(value: number, locale?: string): string {
  return numberFormat(locale).format(value);
}
