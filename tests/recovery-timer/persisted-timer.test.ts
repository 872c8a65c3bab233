import { expect } from '@open-wc/testing';
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
const clock = () => 1_700_000_100_000;

describe('persisted timer', () => {
  it('keys are namespaced and versioned; whitespace is ignored; no key, no storage', () => {
    expect(STORAGE_PREFIX).to.equal('stride-widgets:recovery-timer:v1:');
    expect(storageKey(' plank ')).to.equal('stride-widgets:recovery-timer:v1:plank');
    expect(storageKey('  ')).to.equal(null);
    expect(storageKey(null)).to.equal(null);
  });

  it('round-trips a running timer with its plan fingerprint, and carries on from the clock', () => {
    const storage = memoryStorage();
    const saved = { v: 1, state: 'running', elapsedMs: 5_000, startedAt: 1_700_000_000_000 } as const;
    expect(writeTimer(key, plan.fingerprint, saved, () => storage)).to.deep.equal({ ok: true });
    expect(JSON.parse(storage.data[key])).to.deep.equal({ config: plan.fingerprint, timer: saved });
    const read = readTimer(key, plan, clock, () => storage);
    if (read.kind !== 'restored') throw new Error(`expected a restored timer, got ${read.kind}`);
    expect(read.model.state).to.equal('running');
    expect(read.model.snapshot().elapsedMs).to.equal(105_000);
  });

  it('nothing saved, or a save for another plan (left alone): none', () => {
    const storage = memoryStorage();
    expect(readTimer(key, plan, clock, () => storage)).to.deep.equal({ kind: 'none' });
    writeTimer(key, 'duration:w30', { v: 1, state: 'paused', elapsedMs: 0, startedAt: null }, () => storage);
    expect(readTimer(key, plan, clock, () => storage)).to.deep.equal({ kind: 'none' });
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
      expect(readTimer(key, plan, clock, () => storage)).to.deep.equal({ kind: 'corrupt' });
    });
  }

  it('blocked storage: unavailable, and writes fail without throwing', () => {
    expect(readTimer(key, plan, clock, () => blocked)).to.deep.equal({ kind: 'unavailable' });
    expect(writeTimer(key, plan.fingerprint, { v: 1, state: 'paused', elapsedMs: 0, startedAt: null }, () => blocked).ok).to.equal(false);
    expect(clearTimer(key, () => blocked).ok).to.equal(false);
  });

  it('clearing removes the save', () => {
    const storage = memoryStorage({ [key]: '{}' });
    expect(clearTimer(key, () => storage)).to.deep.equal({ ok: true });
    expect(key in storage.data).to.equal(false);
  });
});
