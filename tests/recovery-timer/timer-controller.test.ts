import { expect } from '@open-wc/testing';
import { html } from '@open-wc/testing';
import { t, clock, timer, display, phase, press, advance, trackTimeouts, useTimerSuite } from './timer-fixture';
import { ReactiveElement } from 'lit';
import { TimerController } from '../../src/components/recovery-timer/timer-controller';
import { TimerModel, buildPhases } from '../../src/components/recovery-timer/timer-model';

/** A bare element that hosts the controller, with a stubbed fakeNow and model. */
class Host extends ReactiveElement {
  model: TimerModel | null = null;
  keepAwake = false;
  catchUps = 0;
  updates = 0;
  readonly controller = new TimerController(this, {
    model: () => this.model,
    keepAwake: () => this.keepAwake,
    catchUp: () => {
      this.catchUps++;
      this.model?.update();
    },
  });
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    this.updates++;
    super.requestUpdate(...args);
  }
}
customElements.define('timer-controller-host', Host);

let fakeNow = 0;
const model = () => new TimerModel(buildPhases({ sets: [{ rounds: 1, work: { label: 'Go', seconds: 10 }, rest: { label: 'Rest', seconds: 0 } }] }), () => fakeNow);

/** Replaces `setTimeout`: records each wake-up asked for, and runs none until told. */
function fakeTimeouts() {
  const real = { set: window.setTimeout, clear: window.clearTimeout };
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  window.setTimeout = ((fn: () => void, ms: number) => {
    pending.set(next, { fn, ms });
    return next++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => void pending.delete(id)) as typeof window.clearTimeout;
  return {
    pending,
    /** Runs the pending wake-ups. */
    fire() {
      const due = [...pending.values()];
      pending.clear();
      for (const { fn } of due) fn();
    },
    restore() {
      window.setTimeout = real.set;
      window.clearTimeout = real.clear;
    },
  };
}

describe('timer controller', () => {
  let host: Host;
  let timeouts: ReturnType<typeof fakeTimeouts>;
  beforeEach(() => {
    fakeNow = 1_700_000_000_000;
    host = document.createElement('timer-controller-host') as Host;
    document.body.append(host);
    timeouts = fakeTimeouts();
  });
  afterEach(() => {
    timeouts.restore();
    host.remove();
  });

  it('schedules one wake-up at a time, for when the displayed second changes; none unless running', () => {
    host.controller.schedule();
    expect(timeouts.pending.size, 'no model').to.equal(0);
    host.model = model();
    host.controller.schedule();
    expect(timeouts.pending.size, 'idle').to.equal(0);
    host.model.start();
    fakeNow += 300;
    host.controller.running();
    host.controller.schedule();
    expect([...timeouts.pending.values()].map((t) => t.ms)).to.deep.equal([700]);
    expect(host.controller.scheduled).to.equal(true);
  });

  it('a wake-up catches up, re-renders and schedules the next', () => {
    host.model = model();
    host.model.start();
    host.controller.running();
    fakeNow += 1_000;
    const updates = host.updates;
    timeouts.fire();
    expect(host.catchUps).to.equal(1);
    expect(host.updates).to.be.greaterThan(updates);
    expect([...timeouts.pending.values()].map((t) => t.ms)).to.deep.equal([1_000]);
  });

  it('halted: no wake-up left', () => {
    host.model = model();
    host.model.start();
    host.controller.running();
    host.controller.halted();
    expect(timeouts.pending.size).to.equal(0);
    expect(host.controller.scheduled).to.equal(false);
  });

  it('catches up when the page is shown again, and only with a model', () => {
    document.dispatchEvent(new Event('visibilitychange'));
    expect(host.catchUps, 'no model').to.equal(0);
    host.model = model();
    host.model.start();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(host.catchUps).to.equal(1);
  });

  it('removal stops listening and cancels the wake-up; putting back while running catches up', () => {
    host.model = model();
    host.model.start();
    host.controller.running();
    host.remove();
    expect(timeouts.pending.size, 'no wake-up while removed').to.equal(0);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(host.catchUps, 'not listening while removed').to.equal(0);
    host.controller.schedule();
    expect(timeouts.pending.size, 'none while disconnected').to.equal(0);
    document.body.append(host);
    expect(host.catchUps).to.equal(1);
    expect(timeouts.pending.size).to.equal(1);
  });
});

describe('<stride-recovery-timer>: wake-ups, sound and wake lock', () => {
  useTimerSuite();

  describe('timers', () => {
    it('one timeout at a time while running, none after pause, removal or completion, and no animation frames', async () => {
      const el = await timer(html`<stride-recovery-timer duration="5"></stride-recovery-timer>`);
      const timeouts = trackTimeouts();
      const realRaf = window.requestAnimationFrame;
      let frames = 0;
      window.requestAnimationFrame = (cb) => {
        frames++;
        return realRaf(cb);
      };
      try {
        expect(timeouts.pending.size, 'idle').to.equal(0);
        await press(el, 'start');
        expect(timeouts.pending.size, 'running').to.equal(1);
        for (let i = 0; i < 3; i++) {
          await advance(el, 1_000);
          expect(timeouts.pending.size, 'still one').to.equal(1);
        }
        await press(el, 'pause');
        expect(timeouts.pending.size, 'paused').to.equal(0);
        await press(el, 'resume');
        expect(timeouts.pending.size).to.equal(1);
        el.remove();
        expect(timeouts.pending.size, 'removed').to.equal(0);
        document.body.append(el);
        await el.updateComplete;
        expect(timeouts.pending.size, 'reconnected').to.equal(1);
        await advance(el, 2_000);
        expect(phase(el)).to.equal(t.complete);
        expect(timeouts.pending.size, 'complete').to.equal(0);
        expect(frames).to.equal(0);
      } finally {
        timeouts.restore();
        window.requestAnimationFrame = realRaf;
        el.remove();
      }
    });

    it('wakes when the displayed second changes: timeouts are whole-second aligned', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10"></stride-recovery-timer>`);
      const delays: number[] = [];
      const realSet = window.setTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number) => {
        delays.push(ms ?? 0);
        return realSet(fn, 60_000);
      }) as typeof window.setTimeout;
      try {
        await press(el, 'start');
        clock.now += 300;
        await advance(el, 0);
        clock.now += 1_450;
        await advance(el, 0);
      } finally {
        window.setTimeout = realSet;
      }
      expect(delays).to.deep.equal([1_000, 700, 250]);
    });

    it('a removed timer keeps its time and catches up when put back', async () => {
      const el = await timer(html`<stride-recovery-timer duration="60"></stride-recovery-timer>`);
      await press(el, 'start');
      const parent = el.parentElement!;
      el.remove();
      clock.now += 20_000;
      parent.append(el);
      await el.updateComplete;
      expect(display(el)).to.equal('0:40');
    });
  });

  describe('sound', () => {
    class FakeAudioContext {
      static made: FakeAudioContext[] = [];
      state: AudioContextState = 'running';
      currentTime = 0;
      destination = {};
      tones: { frequency: number; ramps: [string, number, number][] }[] = [];
      calls: string[] = [];
      constructor() {
        FakeAudioContext.made.push(this);
      }
      createOscillator() {
        const osc = new EventTarget() as EventTarget & Record<string, unknown>;
        const frequency = { value: 0 };
        Object.assign(osc, {
          type: '',
          frequency,
          onended: null,
          connect: (node: unknown) => node,
          disconnect: () => {},
          start: () => this.calls.push('start'),
          stop: () => {
            this.calls.push('stop');
            queueMicrotask(() => {
              (osc.onended as (() => void) | null)?.();
              osc.dispatchEvent(new Event('ended'));
            });
          },
        });
        this.tones.push({
          get frequency() {
            return frequency.value;
          },
          ramps: [],
        });
        return osc;
      }
      createGain() {
        const ramps = this.tones[this.tones.length - 1].ramps;
        const record = (name: string) => (value: number, at: number) => ramps.push([name, value, at]);
        return {
          gain: { setValueAtTime: record('set'), exponentialRampToValueAtTime: record('ramp') },
          connect: (node: unknown) => node,
          disconnect: () => {},
        };
      }
      resume() {
        this.calls.push('resume');
        this.state = 'running';
        return Promise.resolve();
      }
      suspend() {
        this.calls.push('suspend');
        this.state = 'suspended';
        return Promise.resolve();
      }
      close() {
        this.calls.push('close');
        this.state = 'closed';
        return Promise.resolve();
      }
    }
    const realAudioContext = window.AudioContext;
    beforeEach(() => {
      FakeAudioContext.made = [];
      window.AudioContext = FakeAudioContext as unknown as typeof AudioContext;
    });
    afterEach(() => {
      window.AudioContext = realAudioContext;
    });

    it('makes no AudioContext at load, one on the start click, and a gentle 880 Hz tone at each phase end', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" rounds="2" sound></stride-recovery-timer>`);
      expect(FakeAudioContext.made, 'none at load').to.have.length(0);
      await press(el, 'start');
      expect(FakeAudioContext.made).to.have.length(1);
      const audio = FakeAudioContext.made[0];
      expect(audio.tones).to.have.length(0);
      await advance(el, 10_000);
      expect(audio.tones).to.have.length(1);
      expect(audio.tones[0].frequency).to.equal(880);
      const peak = Math.max(...audio.tones[0].ramps.map((r) => r[1]));
      expect(peak).to.be.at.most(0.3);
      expect(audio.tones[0].ramps[0][1], 'starts silent').to.be.below(0.001);
      expect(audio.tones[0].ramps.at(-1)![1], 'ends silent').to.be.below(0.001);
      expect(audio.tones[0].ramps.at(-1)![2], 'short').to.be.at.most(0.3);
      await advance(el, 10_000);
      expect(audio.tones, 'and at completion').to.have.length(2);
      await new Promise((r) => setTimeout(r, 0));
      expect(audio.calls.at(-1), 'suspended after the last tone').to.equal('suspend');
    });

    it('pause suspends the audio, resume resumes it in the click, removal closes it', async () => {
      const el = await timer(html`<stride-recovery-timer duration="30" sound></stride-recovery-timer>`);
      await press(el, 'start');
      const audio = FakeAudioContext.made[0];
      await press(el, 'pause');
      expect(audio.calls).to.deep.equal(['suspend']);
      await press(el, 'resume');
      expect(audio.calls).to.deep.equal(['suspend', 'resume']);
      expect(FakeAudioContext.made).to.have.length(1);
      el.remove();
      expect(audio.calls.at(-1)).to.equal('close');
    });

    it('plays nothing and makes no AudioContext without sound', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" rounds="2"></stride-recovery-timer>`);
      await press(el, 'start');
      await advance(el, 20_000);
      expect(phase(el)).to.equal(t.complete);
      expect(FakeAudioContext.made).to.have.length(0);
    });
  });

  describe('keep-awake', () => {
    class FakeSentinel extends EventTarget {
      released = false;
      type = 'screen';
      onrelease = null;
      releases = 0;
      release() {
        this.releases++;
        if (!this.released) {
          this.released = true;
          this.dispatchEvent(new Event('release'));
        }
        return Promise.resolve();
      }
    }
    let requests: string[];
    let sentinels: FakeSentinel[];
    let refuse: boolean;
    beforeEach(() => {
      requests = [];
      sentinels = [];
      refuse = false;
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async (type: string) => {
            requests.push(type);
            if (refuse) throw new DOMException('not allowed', 'NotAllowedError');
            const s = new FakeSentinel();
            sentinels.push(s);
            return s;
          },
        },
      });
    });
    afterEach(() => {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    });
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const held = () => sentinels.filter((s) => !s.released).length;

    it('holds a screen wake lock while running; lets it go on pause, completion and removal', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10" keep-awake></stride-recovery-timer>`);
      expect(requests, 'nothing before start').to.deep.equal([]);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal(['screen']);
      expect(held()).to.equal(1);
      await press(el, 'pause');
      expect(held(), 'released on pause').to.equal(0);
      await press(el, 'resume');
      await settle();
      expect(held()).to.equal(1);
      await advance(el, 10_000);
      expect(phase(el)).to.equal(t.complete);
      expect(held(), 'released on completion').to.equal(0);
      await press(el, 'reset');
      await press(el, 'start');
      await settle();
      expect(held()).to.equal(1);
      el.remove();
      expect(held(), 'released on removal').to.equal(0);
      document.body.append(el);
      await settle();
      expect(held(), 'taken again when put back while running').to.equal(1);
      el.remove();
      expect(requests).to.have.length(4);
    });

    it('takes it again when the page is shown after the browser dropped it, and lets go on reset', async () => {
      const el = await timer(html`<stride-recovery-timer duration="60" keep-awake></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      sentinels[0].release(); // the browser does this when the page is hidden
      await advance(el, 1_000);
      await settle();
      expect(requests).to.have.length(2);
      expect(held()).to.equal(1);
      await press(el, 'reset');
      expect(held()).to.equal(0);
    });

    it('follows keep-awake being set and removed while running', async () => {
      const el = await timer(html`<stride-recovery-timer duration="60"></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal([]);
      el.keepAwake = true;
      await el.updateComplete;
      await settle();
      expect(held()).to.equal(1);
      el.keepAwake = false;
      await el.updateComplete;
      expect(held()).to.equal(0);
    });

    it('ignores a refusal', async () => {
      refuse = true;
      const el = await timer(html`<stride-recovery-timer duration="10" keep-awake></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal(['screen']);
      await advance(el, 10_000);
      expect(phase(el)).to.equal(t.complete);
    });

    it('does nothing without keep-awake, or where unsupported', async () => {
      const el = await timer(html`<stride-recovery-timer duration="10"></stride-recovery-timer>`);
      await press(el, 'start');
      await settle();
      expect(requests).to.deep.equal([]);
      Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined });
      const other = await timer(html`<stride-recovery-timer duration="10" keep-awake></stride-recovery-timer>`);
      await press(other, 'start');
      await settle();
      await advance(other, 10_000);
      expect(phase(other)).to.equal(t.complete);
    });

    it('a restored running timer takes the lock again', async () => {
      const first = await timer(html`<stride-recovery-timer duration="60" persist="awake" keep-awake></stride-recovery-timer>`);
      await press(first, 'start');
      await settle();
      first.remove();
      expect(held()).to.equal(0);
      await timer(html`<stride-recovery-timer duration="60" persist="awake" keep-awake></stride-recovery-timer>`);
      await settle();
      expect(held()).to.equal(1);
    });
  });
});
