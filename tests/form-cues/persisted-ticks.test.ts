import { expect } from '@open-wc/testing';
import {
  DEFAULT_KEY,
  STORAGE_PREFIX,
  readTicks,
  storageKey,
  writeTicks,
} from '../../src/components/form-cues/persisted-ticks';
import { domError, memoryStorage, throwingStorage } from '../helpers/storage';

describe('persisted ticks', () => {
  afterEach(() => localStorage.clear());

  describe('storageKey', () => {
    it('is namespaced and versioned', () => {
      expect(STORAGE_PREFIX).to.equal('stride-widgets:form-cues:v1:');
      expect(storageKey('warm-up')).to.equal('stride-widgets:form-cues:v1:warm-up');
    });

    it('ignores whitespace around the key; an empty key is "default"', () => {
      expect(storageKey('  warm-up ')).to.equal('stride-widgets:form-cues:v1:warm-up');
      expect(storageKey('')).to.equal(`stride-widgets:form-cues:v1:${DEFAULT_KEY}`);
      expect(storageKey('   ')).to.equal('stride-widgets:form-cues:v1:default');
    });
  });

  describe('with localStorage', () => {
    it('round-trips ids as a JSON array under the namespaced key', () => {
      expect(writeTicks('run', ['quick-steps', 'arms-bent'])).to.deep.equal({ ok: true });
      expect(localStorage.getItem('stride-widgets:form-cues:v1:run')).to.equal('["quick-steps","arms-bent"]');
      expect(readTicks('run')).to.deep.equal({ ok: true, ids: ['quick-steps', 'arms-bent'] });
    });

    it('reads nothing saved as no ids', () => {
      expect(readTicks('never-saved')).to.deep.equal({ ok: true, ids: [] });
    });

    it('removes the entry when no ids are ticked', () => {
      writeTicks('run', ['quick-steps']);
      writeTicks('run', []);
      expect(localStorage.getItem('stride-widgets:form-cues:v1:run')).to.equal(null);
    });

    it('keeps keys apart', () => {
      writeTicks('a', ['quick-steps']);
      writeTicks('b', ['arms-bent']);
      expect(readTicks('a')).to.deep.equal({ ok: true, ids: ['quick-steps'] });
      expect(readTicks('b')).to.deep.equal({ ok: true, ids: ['arms-bent'] });
    });
  });

  describe('corrupt values', () => {
    const corrupt = ['{not json', '"quick-steps"', '{"checked":["quick-steps"]}', '[1,2]', '["quick-steps",null]', 'null', '42'];
    for (const raw of corrupt) {
      it(`reports ${raw} as corrupt`, () => {
        const storage = memoryStorage({ [storageKey('run')]: raw });
        const result = readTicks('run', () => storage);
        expect(result.ok).to.equal(false);
        expect(!result.ok && result.problem).to.equal('corrupt');
        expect(!result.ok && result.detail).to.be.a('string').and.not.be.empty;
      });
    }

    it('drops duplicate ids, and leaves unknown ids for the caller to judge', () => {
      const storage = memoryStorage({ [storageKey('run')]: '["quick-steps","quick-steps","no-such-cue"]' });
      expect(readTicks('run', () => storage)).to.deep.equal({ ok: true, ids: ['quick-steps', 'no-such-cue'] });
    });

    it('accepts an empty array', () => {
      const storage = memoryStorage({ [storageKey('run')]: '[]' });
      expect(readTicks('run', () => storage)).to.deep.equal({ ok: true, ids: [] });
    });
  });

  describe('storage that fails', () => {
    it('reports a getter that throws (storage disabled) as unavailable, reading and writing', () => {
      const blocked = () => {
        throw domError('SecurityError');
      };
      const read = readTicks('run', blocked);
      expect(read).to.deep.equal({ ok: false, problem: 'unavailable', detail: 'SecurityError: SecurityError for the test' });
      const written = writeTicks('run', ['quick-steps'], blocked);
      expect(written).to.deep.equal({ ok: false, problem: 'unavailable', detail: 'SecurityError: SecurityError for the test' });
    });

    it('reports getItem and removeItem that throw as unavailable', () => {
      const storage = throwingStorage(domError('InvalidStateError'));
      expect(readTicks('run', () => storage)).to.include({ ok: false, problem: 'unavailable' });
      expect(writeTicks('run', [], () => storage)).to.include({ ok: false, problem: 'unavailable' });
    });

    it('reports a full quota as full', () => {
      const storage = throwingStorage(domError('QuotaExceededError'));
      expect(writeTicks('run', ['quick-steps'], () => storage)).to.deep.equal({
        ok: false,
        problem: 'full',
        detail: 'QuotaExceededError: QuotaExceededError for the test',
      });
    });

    it('reports a thrown non-Error as unavailable, with its text', () => {
      const storage = memoryStorage();
      storage.setItem = () => {
        throw 'no';
      };
      expect(writeTicks('run', ['quick-steps'], () => storage)).to.deep.equal({ ok: false, problem: 'unavailable', detail: 'no' });
    });
  });
});
