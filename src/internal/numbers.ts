/**
 * Numbers and spoken durations in the catalogue's language, through the
 * browser's own `Intl` (no locale data ships with the widgets). An unknown
 * locale tag falls back to the browser's language.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
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

function listFormat(locale: string | undefined): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale || undefined, { type: 'unit', style: 'long' });
  } catch {
    return new Intl.ListFormat(undefined, { type: 'unit', style: 'long' });
  }
}

/**
 * A duration as a screen reader should say it: 90 → "1 minute, 30 seconds"
 * (en-GB), "1 minuto y 30 segundos" (es); 0 → "0 seconds". The visible clock
 * stays `m:ss` digits (`formatClock`).
 */
export function formatDuration(totalSeconds: number, locale?: string): string {
  const total = Math.max(0, Math.round(totalSeconds));
  const amounts: [Intl.NumberFormatOptions['unit'], number][] = [
    ['hour', Math.floor(total / 3600)],
    ['minute', Math.floor((total % 3600) / 60)],
    ['second', total % 60],
  ];
  const parts = amounts
    .filter(([, amount]) => amount > 0)
    .map(([unit, amount]) => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount));
  if (!parts.length) return numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(0);
  return listFormat(locale).format(parts);
}
