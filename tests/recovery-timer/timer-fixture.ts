/**
 * What the `<stride-recovery-timer>` suites share: a stubbed clock, fixtures,
 * queries and button presses. `useTimerSuite()` in a `describe` installs the
 * clock and captures warnings around each test.
 */
import { fixture, type html } from '@open-wc/testing';
import '../../src/components/recovery-timer/recovery-timer';
import { StrideRecoveryTimer } from '../../src/components/recovery-timer/recovery-timer.component';
import { STORAGE_PREFIX } from '../../src/components/recovery-timer/persisted-timer';
import catalogue from '../../src/catalogue/catalogue.json';
import { captureWarnings, shadow, text } from '../helpers/console';

export const t = catalogue.ui.recoveryTimer;

/** The stubbed clock (ms since the epoch): tests move `clock.now` on. */
export const clock = { now: 0 };
const realNow = StrideRecoveryTimer.now;

let captured: ReturnType<typeof captureWarnings> | null = null;
/** The warnings of the running test. */
export const warnings = {
  get messages(): string[] {
    if (!captured) throw new Error('warnings are captured only inside useTimerSuite()');
    return captured.messages;
  },
};

/** Stubs the clock and captures warnings around each test; removes saved timers after. */
export function useTimerSuite(): void {
  beforeEach(() => {
    captured = captureWarnings();
    clock.now = 1_700_000_000_000;
    StrideRecoveryTimer.now = () => clock.now;
  });
  afterEach(() => {
    captured?.restore();
    captured = null;
    StrideRecoveryTimer.now = realNow;
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  });
}

export async function timer(template: ReturnType<typeof html> | string) {
  const el = await fixture<StrideRecoveryTimer>(template);
  await el.updateComplete;
  return el;
}

export const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const has = (el: Element, name: string) => part(el, name) !== null;
export const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')].map((b) => b.getAttribute('part'));
export const display = (el: Element) => text(part(el, 'display')).replace(t.timeLeft, '').trim();
export const phase = (el: Element) => text(part(el, 'phase'));
export const live = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="status"]')!;
export const focused = (el: Element, name: string) => shadow(el).activeElement === part(el, name);

export async function press(el: StrideRecoveryTimer, button: 'start' | 'pause' | 'resume' | 'reset') {
  const b = part(el, `${button}-button`);
  if (!b) throw new Error(`no ${button} button; buttons: ${buttons(el).join(', ')}`);
  b.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Moves the stubbed clock on and wakes every timer, as a tab coming back into view does. */
export async function advance(el: StrideRecoveryTimer, ms: number) {
  clock.now += ms;
  document.dispatchEvent(new Event('visibilitychange'));
  await el.updateComplete;
  await el.updateComplete;
}

/** Records every `window.setTimeout` made while it is installed, and which are still pending. */
export function trackTimeouts() {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const pending = new Set<number>();
  let made = 0;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    made++;
    const id: number = realSet(
      (...a: unknown[]) => {
        pending.delete(id);
        (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    pending,
    get made() {
      return made;
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}
