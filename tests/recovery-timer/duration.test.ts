import { expect } from '@open-wc/testing';
import {
  MAX_SECONDS,
  MIN_SECONDS,
  formatClock,
  parseDuration,
  type ParseResult,
} from '../../src/components/recovery-timer/duration';

const ACCEPTED: readonly (readonly [string, number])[] = [
  // Plain whole seconds.
  ['1', 1],
  ['5', 5],
  ['90', 90],
  ['007', 7],
  ['3600', 3600],
  ['86400', 86_400],
  // Units, h/m/s in that order.
  ['90s', 90],
  ['1s', 1],
  ['15m', 900],
  ['90m', 5400],
  ['1h', 3600],
  ['24h', 86_400],
  ['1m30s', 90],
  ['1h30m', 5400],
  ['1h30s', 3630],
  ['2h5m10s', 7510],
  ['0h1m', 60],
  ['0m5s', 5],
  ['1m90s', 150],
  ['1439m60s', 86_400],
  ['1m 30s', 90],
  ['1h 5m 10s', 3910],
  ['1h  30m', 5400],
  ['1h\t30m', 5400],
  // Case and surrounding whitespace.
  ['1M30S', 90],
  ['2H', 7200],
  ['  90  ', 90],
  ['\n15m\t', 900],
  // m:ss and mm:ss (minutes may exceed 59).
  ['1:30', 90],
  ['01:30', 90],
  ['0:01', 1],
  ['0:59', 59],
  ['59:59', 3599],
  ['60:00', 3600],
  ['90:00', 5400],
  ['1440:00', 86_400],
  // h:mm:ss.
  ['1:05:00', 3900],
  ['0:00:01', 1],
  ['0:01:00', 60],
  ['01:00:00', 3600],
  ['23:59:59', 86_399],
  ['24:00:00', 86_400],
  [' 1:00:00 ', 3600],
];

type Reason = Extract<ParseResult, { ok: false }>['reason'];
const REJECTED: readonly (readonly [string | null | undefined, Reason])[] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['\t\n', 'empty'],
  [null, 'empty'],
  [undefined, 'empty'],
  ['0', 'zero'],
  ['000', 'zero'],
  ['0s', 'zero'],
  ['0m', 'zero'],
  ['0h0m0s', 'zero'],
  ['0:00', 'zero'],
  ['00:00', 'zero'],
  ['0:00:00', 'zero'],
  ['86401', 'too-long'],
  ['100000', 'too-long'],
  ['99999999999999999999999999', 'too-long'],
  ['25h', 'too-long'],
  ['24h1s', 'too-long'],
  ['1441m', 'too-long'],
  ['1440:01', 'too-long'],
  ['24:00:01', 'too-long'],
  ['100:00:00', 'too-long'],
  ['1.5', 'fraction'],
  ['0.5', 'fraction'],
  ['.5', 'fraction'],
  ['1.5m', 'fraction'],
  ['1m 2.5s', 'fraction'],
  ['1.25h', 'fraction'],
  ['1:30.5', 'fraction'],
  ['-5', 'format'],
  ['-1.5', 'format'],
  ['+5', 'format'],
  ['1e3', 'format'],
  ['0x10', 'format'],
  ['0b101', 'format'],
  ['1_000', 'format'],
  ['1,5', 'format'],
  ['1.', 'format'],
  ['1.5.5', 'format'],
  ['abc', 'format'],
  ['Infinity', 'format'],
  ['NaN', 'format'],
  ['1x', 'format'],
  ['s', 'format'],
  ['m', 'format'],
  ['h', 'format'],
  ['hms', 'format'],
  ['1m30', 'format'],
  ['1h30', 'format'],
  ['30s1m', 'format'],
  ['1s1m', 'format'],
  ['1m1h', 'format'],
  ['1h1h', 'format'],
  ['1 m', 'format'],
  ['1 30', 'format'],
  ['1m 30s 5', 'format'],
  ['1:5', 'format'],
  ['1:60', 'format'],
  ['1:99', 'format'],
  ['1:005', 'format'],
  [':30', 'format'],
  ['1:', 'format'],
  ['1:30:', 'format'],
  ['1:60:00', 'format'],
  ['1:00:60', 'format'],
  ['1:5:00', 'format'],
  ['1:00:0', 'format'],
  ['1:00:00:00', 'format'],
  ['1::30', 'format'],
  ['1 :30', 'format'],
  ['1m:30s', 'format'],
  ['１２', 'format'], // full-width digits
  ['٣', 'format'], // Arabic-Indic digit
];

describe('duration: parseDuration accepts', () => {
  for (const [text, seconds] of ACCEPTED) {
    it(`${JSON.stringify(text)} → ${seconds} s`, () => {
      expect(parseDuration(text)).to.deep.equal({ ok: true, seconds });
    });
  }
});

describe('duration: parseDuration rejects', () => {
  for (const [text, reason] of REJECTED) {
    it(`${JSON.stringify(text)} (${reason})`, () => {
      expect(parseDuration(text)).to.deep.equal({ ok: false, reason });
    });
  }
});

describe('duration: limits', () => {
  it('are 1 s and 24 h', () => {
    expect(MIN_SECONDS).to.equal(1);
    expect(MAX_SECONDS).to.equal(24 * 60 * 60);
  });

  it('accepts the boundaries in every form and rejects one second beyond', () => {
    for (const text of ['1', '1s', '0:01', '0:00:01']) {
      expect(parseDuration(text), text).to.deep.equal({ ok: true, seconds: 1 });
    }
    for (const text of ['86400', '86400s', '24h', '1440m', '1440:00', '24:00:00', '23h59m60s']) {
      expect(parseDuration(text), text).to.deep.equal({ ok: true, seconds: 86_400 });
    }
    for (const text of ['86401', '86401s', '24h1s', '1440:01', '24:00:01']) {
      expect(parseDuration(text), text).to.deep.equal({ ok: false, reason: 'too-long' });
    }
  });

  it('parses every whole second from 1 to 3 h the same in all forms', () => {
    for (let s = 1; s <= 3 * 3600; s++) {
      const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
      const pad = (n: number) => String(n).padStart(2, '0');
      const units = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${sec ? `${sec}s` : ''}`;
      const forms = [String(s), `${s}s`, units, `${Math.floor(s / 60)}:${pad(sec)}`, `${h}:${pad(m)}:${pad(sec)}`];
      for (const text of forms) {
        const result = parseDuration(text);
        if (!result.ok || result.seconds !== s) {
          expect(result, text).to.deep.equal({ ok: true, seconds: s });
        }
      }
    }
  });
});

describe('duration: formatClock', () => {
  const TABLE: readonly (readonly [number, string])[] = [
    [0, '0:00'],
    [1, '0:01'],
    [5, '0:05'],
    [9, '0:09'],
    [10, '0:10'],
    [59, '0:59'],
    [60, '1:00'],
    [61, '1:01'],
    [90, '1:30'],
    [600, '10:00'],
    [900, '15:00'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3601, '1:00:01'],
    [3661, '1:01:01'],
    [4200, '1:10:00'],
    [36_000, '10:00:00'],
    [86_399, '23:59:59'],
    [86_400, '24:00:00'],
  ];
  for (const [seconds, text] of TABLE) {
    it(`${seconds} → ${text}`, () => {
      expect(formatClock(seconds)).to.equal(text);
    });
  }

  it('shows nonsense input as 0:00 and floors fractions', () => {
    expect(formatClock(-1)).to.equal('0:00');
    expect(formatClock(Number.NaN)).to.equal('0:00');
    expect(formatClock(Number.POSITIVE_INFINITY)).to.equal('0:00');
    expect(formatClock(59.9)).to.equal('0:59');
  });

  it('round-trips through parseDuration for every second of a day', () => {
    for (let s = 1; s <= MAX_SECONDS; s++) {
      const text = formatClock(s);
      const result = parseDuration(text);
      if (!result.ok || result.seconds !== s) {
        expect(result, `${s} → ${text}`).to.deep.equal({ ok: true, seconds: s });
      }
      // The shape: m:ss below an hour, h:mm:ss from an hour.
      const shape = s < 3600 ? /^[1-5]?\d:[0-5]\d$/ : /^(?:[1-9]|1\d|2[0-4]):[0-5]\d:[0-5]\d$/;
      if (!shape.test(text)) expect(text, String(s)).to.match(shape);
    }
  });
});
