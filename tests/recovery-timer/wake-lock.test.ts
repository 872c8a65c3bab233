import { expect } from '@open-wc/testing';
import { ScreenWakeLock } from '../../src/components/recovery-timer/wake-lock';

class FakeSentinel extends EventTarget {
  released = false;
  async release() {
    if (this.released) return;
    this.released = true;
    this.dispatchEvent(new Event('release'));
  }
}

describe('wake-lock', () => {
  let resolveRequest: ((s: FakeSentinel) => void)[];
  let sentinels: FakeSentinel[];
  beforeEach(() => {
    resolveRequest = [];
    sentinels = [];
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: () =>
          new Promise<FakeSentinel>((resolve) => {
            resolveRequest.push((s) => {
              sentinels.push(s);
              resolve(s);
            });
          }),
      },
    });
  });
  afterEach(() => delete (navigator as { wakeLock?: unknown }).wakeLock);

  it('a lock that arrives after release() is let go at once', async () => {
    const lock = new ScreenWakeLock();
    const acquired = lock.acquire();
    lock.release();
    resolveRequest[0](new FakeSentinel());
    await acquired;
    expect(sentinels[0].released).to.equal(true);
    expect(lock.held).to.equal(false);
  });

  it('asks once while a request is on its way, and again once the browser dropped the lock', async () => {
    const lock = new ScreenWakeLock();
    const first = lock.acquire();
    await lock.acquire();
    expect(resolveRequest).to.have.length(1);
    resolveRequest[0](new FakeSentinel());
    await first;
    expect(lock.held).to.equal(true);
    await lock.acquire();
    expect(resolveRequest, 'already held').to.have.length(1);
    await sentinels[0].release();
    expect(lock.held).to.equal(false);
    const again = lock.acquire();
    resolveRequest[1](new FakeSentinel());
    await again;
    expect(lock.held).to.equal(true);
    lock.release();
    expect(lock.held).to.equal(false);
  });
});
