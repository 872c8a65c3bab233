import { expect } from '@open-wc/testing';
import { fixture, html, oneEvent } from '@open-wc/testing';
import { StrideRecoveryTimer } from '../../src/components/recovery-timer/recovery-timer.component';
import { text } from '../helpers/console';
import { t, clock, timer, buttons, display, phase, live, press, advance, warnings, useTimerSuite } from './timer-fixture';
import type { SimpleStorage } from '../../src/internal/storage';
import { STORAGE_PREFIX, clearTimer, readTimer, storageKey, writeTimer } from '../../src/components/recovery-timer/persisted-timer';
import { buildPhases } from '../../src/components/recovery-timer/timer-model';

/** An in-memory stand-in for `localStorage`. */
function memoryStorage(initial: Record<string, string> = {}): SimpleStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key] : null),
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

const blocked: SimpleStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
};

const phases = buildPhases({ sets: [{ rounds: 2, work: { label: 'Go', seconds: 60 }, rest: { label: 'Rest', seconds: 0 } }] });
const plan = { phases, fingerprint: 'duration:w60,w60' };
const key = `${STORAGE_PREFIX}plank`;
const now = () => 1_700_000_100_000;

describe('persisted timer', () => {
  it('keys are namespaced and versioned; whitespace is ignored; no key, no storage', () => {
    expect(STORAGE_PREFIX).to.equal('stride-widgets:recovery-timer:v1:');
    expect(storageKey(' plank ')).to.equal('stride-widgets:recovery-timer:v1:plank');
    expect(storageKey('  ')).to.equal(null);
    expect(storageKey(null)).to.equal(null);
  });

  it('round-trips a running timer with its plan fingerprint, and carries on from the now', () => {
    const storage = memoryStorage();
    const saved = { v: 1, state: 'running', elapsedMs: 5_000, startedAt: 1_700_000_000_000 } as const;
    expect(writeTimer(key, plan.fingerprint, saved, () => storage)).to.deep.equal({ ok: true });
    expect(JSON.parse(storage.data[key])).to.deep.equal({ config: plan.fingerprint, timer: saved });
    const read = readTimer(key, plan, now, () => storage);
    if (read.kind !== 'restored') throw new Error(`expected a restored timer, got ${read.kind}`);
    expect(read.model.state).to.equal('running');
    expect(read.model.snapshot().elapsedMs).to.equal(105_000);
  });

  it('nothing saved, or a save for another plan (left alone): none', () => {
    const storage = memoryStorage();
    expect(readTimer(key, plan, now, () => storage)).to.deep.equal({ kind: 'none' });
    writeTimer(key, 'duration:w30', { v: 1, state: 'paused', elapsedMs: 0, startedAt: null }, () => storage);
    expect(readTimer(key, plan, now, () => storage)).to.deep.equal({ kind: 'none' });
    expect(storage.data[key]).to.be.a('string');
  });

  for (const [name, saved] of [
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['no config', JSON.stringify({ timer: { v: 1, state: 'paused', elapsedMs: 0, startedAt: null } })],
    ['a bad timer', JSON.stringify({ config: 'duration:w60,w60', timer: { v: 1, state: 'running', elapsedMs: -5, startedAt: 1 } })],
  ]) {
    it(`a corrupt save (${name}): corrupt`, () => {
      const storage = memoryStorage({ [key]: saved });
      expect(readTimer(key, plan, now, () => storage)).to.deep.equal({ kind: 'corrupt' });
    });
  }

  it('blocked storage: unavailable, and writes fail without throwing', () => {
    expect(readTimer(key, plan, now, () => blocked)).to.deep.equal({ kind: 'unavailable' });
    expect(writeTimer(key, plan.fingerprint, { v: 1, state: 'paused', elapsedMs: 0, startedAt: null }, () => blocked).ok).to.equal(false);
    expect(clearTimer(key, () => blocked).ok).to.equal(false);
  });

  it('clearing removes the save', () => {
    const storage = memoryStorage({ [key]: '{}' });
    expect(clearTimer(key, () => storage)).to.deep.equal({ ok: true });
    expect(key in storage.data).to.equal(false);
  });
});

describe('<stride-recovery-timer persist>', () => {
  useTimerSuite();

  describe('persist', () => {
    const key = `${STORAGE_PREFIX}plank`;

    it('a running timer survives a reload and carries on', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      await advance(first, 10_000);
      expect(localStorage.getItem(key)).to.be.a('string');
      first.remove();
      clock.now += 5_000;
      const second = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
      expect(buttons(second)).to.deep.equal(['pause-button', 'reset-button']);
      expect(display(second)).to.equal('0:45');
      const complete = oneEvent(second, 'stride-timer-complete');
      await advance(second, 45_000);
      await complete;
      expect(localStorage.getItem(key), 'cleared on completion').to.equal(null);
      expect(warnings.messages).to.have.length(0);
    });

    it('a paused timer survives a reload, still paused', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" rounds="2" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      await advance(first, 70_000);
      await press(first, 'pause');
      first.remove();
      clock.now += 600_000;
      const second = await timer(html`<stride-recovery-timer duration="60" rounds="2" persist="plank"></stride-recovery-timer>`);
      expect(buttons(second)).to.deep.equal(['resume-button', 'reset-button']);
      expect(phase(second)).to.equal('Go — round 2 of 2');
      expect(display(second)).to.equal('0:50');
      await press(second, 'resume');
      await advance(second, 20_000);
      expect(display(second)).to.equal('0:30');
      await press(second, 'reset');
      expect(localStorage.getItem(key), 'cleared on reset').to.equal(null);
    });

    it('a saved timer whose time ran out completes on load', async () => {
      const first = await timer(html`<stride-recovery-timer duration="10" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      first.remove();
      clock.now += 60_000;
      const second = await fixture<StrideRecoveryTimer>(html`<stride-recovery-timer duration="10" persist="plank"></stride-recovery-timer>`);
      await oneEvent(second, 'stride-timer-complete');
      await second.updateComplete;
      expect(phase(second)).to.equal(t.complete);
      expect(text(live(second))).to.equal(t.complete);
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('ignores a save for a different configuration, without a warning', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
      await press(first, 'start');
      first.remove();
      for (const markup of ['duration="30"', 'duration="60" rounds="2"', 'duration="60" rest="10" rounds="2"', 'protocol="stretch-holds"']) {
        const other = await timer(`<stride-recovery-timer ${markup} persist="plank"></stride-recovery-timer>`);
        expect(buttons(other), markup).to.deep.equal(['start-button']);
        other.remove();
      }
      const same = await timer(html`<stride-recovery-timer duration="1m" label="Other words" persist="plank"></stride-recovery-timer>`);
      expect(buttons(same), 'the label is only wording').to.deep.equal(['pause-button', 'reset-button']);
      expect(warnings.messages).to.have.length(0);
    });

    for (const [name, saved] of [
      ['not JSON', '{oops'],
      ['null', 'null'],
      ['no config', JSON.stringify({ timer: { v: 1, state: 'paused', elapsedMs: 0, startedAt: null } })],
      ['a bad timer', JSON.stringify({ config: 'duration:w60', timer: { v: 1, state: 'running', elapsedMs: -5, startedAt: 1 } })],
    ]) {
      it(`ignores a corrupt save (${name}) with one warning, and removes it`, async () => {
        localStorage.setItem(key, saved);
        const el = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
        expect(buttons(el)).to.deep.equal(['start-button']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(key);
        expect(localStorage.getItem(key)).to.equal(null);
      });
    }

    it('works without storage (blocked or full), with one warning', async () => {
      const proto = Storage.prototype;
      const real = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
      const fail = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      proto.getItem = fail;
      proto.setItem = fail;
      proto.removeItem = fail;
      try {
        const el = await timer(html`<stride-recovery-timer duration="60" persist="plank"></stride-recovery-timer>`);
        await press(el, 'start');
        await press(el, 'pause');
        await press(el, 'reset');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('localStorage');
      } finally {
        Object.assign(proto, real);
      }
    });

    it('stores nothing without persist', async () => {
      const before = localStorage.length;
      const el = await timer(html`<stride-recovery-timer duration="60"></stride-recovery-timer>`);
      await press(el, 'start');
      expect(localStorage.length).to.equal(before);
    });
  });
});
