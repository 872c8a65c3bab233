/**
 * Catalogue dates in the catalogue's language: `2026-11` → "November 2026",
 * `2026-12-01` → "1 December 2026" (en-GB). Read as UTC, so the day never
 * shifts with the reader's time zone. A value that is not a date is returned as it is.
 */
export function formatMonth(yearMonth: string, locale?: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return format(Date.UTC(year, month - 1, 1), locale, { month: 'long', year: 'numeric' }) ?? yearMonth;
}

export function formatDate(isoDate: string, locale?: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return format(Date.UTC(year, month - 1, day), locale, { day: 'numeric', month: 'long', year: 'numeric' }) ?? isoDate;
}

function format(time: number, locale: string | undefined, options: Intl.DateTimeFormatOptions): string | null {
  if (Number.isNaN(time)) return null;
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(time);
  } catch {
    // An unknown locale tag: the browser's own language is better than nothing.
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(time);
  }
}
