/**
 * Durations for `<stride-recovery-timer>`: parsing the `duration` and `rest`
 * attributes and formatting the time left, as digits and as a screen reader
 * says it (through the browser's `Intl`). Pure: no DOM, no timers.
 */
import { numberFormat } from '../../internal/numbers';

/** The longest accepted duration: 24 hours. */
export const MAX_SECONDS = 86_400;
/** The shortest accepted duration. */
export const MIN_SECONDS = 1;

export type ParseResult =
  | { ok: true; seconds: number }
  | { ok: false; reason: 'empty' | 'format' | 'zero' | 'too-long' | 'fraction' };

/** `90` (seconds). */
const PLAIN = /^(\d+)$/;
/** `1h30m10s`, `15m`, `90s`, `1m 30s`: h, m, s in that order, each optional. */
const UNITS = /^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$/;
/** `m:ss` (minutes may exceed 59, e.g. `90:00`). */
const MIN_SEC = /^(\d+):(\d\d)$/;
/** `h:mm:ss`. */
const HOUR_MIN_SEC = /^(\d+):(\d\d):(\d\d)$/;
/** A decimal number standing alone (not part of `1.2.3`). */
const DECIMAL = /(?<![\d.])\d*\.\d+(?![\d.])/g;

/** Whole seconds for a normalised (trimmed, lower-case) text, or null. */
function seconds(text: string): number | null {
  let m = PLAIN.exec(text);
  if (m) return Number(m[1]);

  m = MIN_SEC.exec(text);
  if (m) {
    const [min, sec] = [Number(m[1]), Number(m[2])];
    return sec < 60 ? min * 60 + sec : null;
  }

  m = HOUR_MIN_SEC.exec(text);
  if (m) {
    const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return min < 60 && sec < 60 ? h * 3600 + min * 60 + sec : null;
  }

  m = UNITS.exec(text);
  if (m && (m[1] ?? m[2] ?? m[3]) !== undefined) {
    return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  }
  return null;
}

/**
 * Parses a duration in whole seconds, 1 s to 24 h. Whitespace around it is
 * ignored, letters may be in either case. Accepted forms: `90`; `90s`,
 * `15m`, `1h`, `1m30s`, `2h5m10s`, `1m 30s`; `1:30`, `01:30`, `90:00`;
 * `1:05:00`. Strict: no signs, exponents, hexadecimal or decimals.
 */
export function parseDuration(text: string | null | undefined): ParseResult {
  const normalised = (text ?? '').trim().toLowerCase();
  if (normalised === '') return { ok: false, reason: 'empty' };

  const result = seconds(normalised);
  if (result === null) {
    // Would it be accepted with whole numbers in place of its decimals?
    const withWholeNumbers = normalised.replace(DECIMAL, '01');
    const fraction = withWholeNumbers !== normalised && seconds(withWholeNumbers) !== null;
    return { ok: false, reason: fraction ? 'fraction' : 'format' };
  }
  if (result < MIN_SECONDS) return { ok: false, reason: 'zero' };
  if (result > MAX_SECONDS) return { ok: false, reason: 'too-long' };
  return { ok: true, seconds: result };
}

/**
 * The time as `m:ss` below one hour (`0:05`, `15:00`) and `h:mm:ss` from one
 * hour (`1:00:00`). Expects whole non-negative seconds; anything else is
 * floored, and negative or non-finite values show as `0:00`.
 */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
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
