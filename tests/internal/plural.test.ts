import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import en from '../../src/catalogue/catalogue.json';
import es from '../../src/catalogues/es.json';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow } from '../helpers/console';
import { countIn, plural } from '../../src/internal/plural';
import { formatNumber } from '../../src/internal/numbers';
import { formatDuration } from '../../src/components/recovery-timer/duration';
import { Counted } from '../../src/catalogue/schema';
import * as z from 'zod/mini';

describe('plural(locale, count, forms)', () => {
  const checked = { one: '{checked} of {total} checked (one)', other: '{checked} of {total} checked' };

  it('picks the CLDR category of the count in the locale', () => {
    expect(plural('en-GB', 1, checked)).to.equal(checked.one);
    expect(plural('en-GB', 0, checked)).to.equal(checked.other);
    expect(plural('en-GB', 3, checked)).to.equal(checked.other);
    const es = { one: '{n} serie', many: '{n} de series', other: '{n} series' };
    expect(plural('es', 1, es)).to.equal(es.one);
    expect(plural('es', 2, es)).to.equal(es.other);
    expect(plural('es', 1_000_000, es)).to.equal(es.many);
  });

  it('uses every category a language has (Arabic: zero, one, two, few, many, other)', () => {
    const ar = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, ar))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('falls back to other for a category left out, and plain text is every form', () => {
    expect(plural('ar', 2, { one: 'one', other: 'other' })).to.equal('other');
    expect(plural('en', 1, '{n} sets')).to.equal('{n} sets');
  });

  it('an unusable locale tag uses the browser’s rules instead of throwing', () => {
    expect(plural('not a tag!', 2, { one: 'one', other: 'other' })).to.equal('other');
  });

  it('counts a range by its upper end and text without a number as many', () => {
    expect(countIn('3')).to.equal(3);
    expect(countIn('2–3')).to.equal(3);
    expect(countIn('1-1')).to.equal(1);
    expect(countIn('15–30')).to.equal(30);
    expect(countIn('a few')).to.equal(Number.POSITIVE_INFINITY);
  });

  it('the schema accepts plain text or forms with other, and nothing else', () => {
    const ok = (value: unknown) => z.safeParse(Counted, value).success;
    expect(ok('{sets} sets')).to.equal(true);
    expect(ok({ one: '{sets} set', other: '{sets} sets' })).to.equal(true);
    expect(ok({ zero: 'a', one: 'b', two: 'c', few: 'd', many: 'e', other: 'f' })).to.equal(true);
    expect(ok({ one: '{sets} set' }), 'other is required').to.equal(false);
    expect(ok({ one: '{sets} set', other: '{sets} sets', several: 'x' }), 'only CLDR categories').to.equal(false);
    expect(ok({ other: '' }), 'no empty text').to.equal(false);
  });
});

describe('numbers and spoken durations in the catalogue’s locale', () => {
  it('writes numbers in the locale’s digits', () => {
    expect(formatNumber(12, 'en-GB')).to.equal('12');
    expect(formatNumber(1234, 'es')).to.equal(new Intl.NumberFormat('es').format(1234));
    expect(formatNumber(12, 'ar-EG')).to.equal('١٢');
  });

  it('says a duration in words, in the locale', () => {
    expect(formatDuration(30, 'en-GB')).to.equal('30 seconds');
    expect(formatDuration(1, 'en-GB')).to.equal('1 second');
    expect(formatDuration(90, 'en-GB')).to.equal('1 minute, 30 seconds');
    expect(formatDuration(3600, 'en-GB')).to.equal('1 hour');
    expect(formatDuration(0, 'en-GB')).to.equal('0 seconds');
    expect(formatDuration(60, 'es')).to.equal('1 minuto');
    expect(formatDuration(45, 'es')).to.equal('45 segundos');
    expect(formatDuration(90, 'es')).to.match(/^1 minuto,? (y )?30 segundos$/);
  });
});

describe('counted strings on a card', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    resetCatalogue(); // a card left from the test re-renders without the added exercise: its warning is expected
    warnings.restore();
  });
  const amounts = async (id: string) => {
    const card = await fixture(html`<stride-exercise-card exercise=${id}></stride-exercise-card>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return [...shadow(card).querySelectorAll('.dosage__amount li')].map((li) => li.textContent!.trim());
  };

  it('says "1 set", "1 rep" and "1 second" in English, and the plural otherwise', async () => {
    const one = { ...structuredClone(en.exercises.find((e) => e.id === 'plank')!), id: 'one-of-each' };
    one.dosage = { sets: '1', reps: '1', holdSeconds: '1', frequency: 'Daily' } as typeof one.dosage;
    await loadCatalogue({ exercises: [one] });
    expect(await amounts('one-of-each')).to.deep.equal(['1 set', '1 rep', 'hold for 1 second']);
    expect(await amounts('glute-bridge')).to.deep.equal(['2–3 sets', '10 reps', 'hold for 2 seconds']);
  });

  it('picks the Spanish forms from the Spanish catalogue, pyramid sets included', async () => {
    await loadCatalogue(es, { mode: 'replace' });
    expect(await amounts('glute-bridge')).to.deep.equal(['2–3 series', '10 repeticiones', 'mantenga 2 segundos']);
    expect(await amounts('curl-up')).to.deep.equal(['aguantes de 10 segundos: 6 veces en la serie 1, 4 veces en la serie 2 y 2 veces en la serie 3']);
  });
});
