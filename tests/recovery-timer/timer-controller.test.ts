import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { TimerController } from '../../src/components/recovery-timer/timer-controller';
import { TimerModel, buildPhases } from '../../src/components/recovery-timer/timer-model';

/** A bare element that hosts the controller, with a stubbed clock and model. */
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

let clock = 0;
const model = () => new TimerModel(buildPhases({ sets: [{ rounds: 1, work: { label: 'Go', seconds: 10 }, rest: { label: 'Rest', seconds: 0 } }] }), () => clock);

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
    clock = 1_700_000_000_000;
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
    clock += 300;
    host.controller.running();
    host.controller.schedule();
    expect([...timeouts.pending.values()].map((t) => t.ms)).to.deep.equal([700]);
    expect(host.controller.scheduled).to.equal(true);
  });

  it('a wake-up catches up, re-renders and schedules the next', () => {
    host.model = model();
    host.model.start();
    host.controller.running();
    clock += 1_000;
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
