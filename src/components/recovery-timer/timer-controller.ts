import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimerModel } from './timer-model';
import { Tone } from './tone';
import { ScreenWakeLock } from './wake-lock';

/** What the controller asks its element. */
export interface TimerControllerOptions {
  /** The timer's model, if its attributes describe one. */
  model(): TimerModel | null;
  /** Whether to hold a screen wake lock while running (`keep-awake`). */
  keepAwake(): boolean;
  /** Acts on what happened since the last look: phases begun, completion. */
  catchUp(): void;
}

/**
 * The timer's dealings with the page, apart from its rendering: one timeout at
 * a time for when the displayed second changes, catching up when the tab is
 * shown again or the element put back, the screen wake lock and the tone.
 *
 * Time itself comes from the model's clock, never from counting wake-ups: a
 * busy main thread or a hidden tab only delays the re-render.
 */
export class TimerController implements ReactiveController {
  /** The one pending wake-up, if any. */
  private timeout: ReturnType<typeof setTimeout> | undefined;
  private readonly tone = new Tone();
  private readonly wakeLock = new ScreenWakeLock();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TimerControllerOptions,
  ) {
    host.addController(this);
  }

  private readonly onVisibilityChange = () => {
    const model = this.options.model();
    if (document.visibilityState !== 'visible' || !model) return;
    // Timeouts are throttled in hidden tabs: catch up at once.
    this.wake();
    if (model.state === 'running' && this.options.keepAwake()) void this.wakeLock.acquire();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (this.options.model()?.state === 'running') {
      // Reconnected while running: catch up and carry on.
      this.wake();
      if (this.options.keepAwake()) void this.wakeLock.acquire();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.cancel();
    this.wakeLock.release();
    // Audio may only start in a user gesture: a timer put back while running
    // beeps again after the next start or resume click.
    this.tone.close();
  }

  /** Whether a wake-up is pending. */
  get scheduled(): boolean {
    return this.timeout !== undefined;
  }

  /** One timeout at a time, for when the displayed second changes; none unless running and connected. */
  schedule(): void {
    this.cancel();
    const ms = this.host.isConnected ? this.options.model()?.msUntilNextChange() : null;
    if (ms == null) return;
    this.timeout = setTimeout(() => {
      this.timeout = undefined;
      this.wake();
    }, ms);
  }

  cancel(): void {
    if (this.timeout !== undefined) clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  /** After start or resume: the wake lock (with `keep-awake`) and the next wake-up. */
  running(): void {
    if (this.options.keepAwake()) void this.wakeLock.acquire();
    this.schedule();
  }

  /** After pause, reset, completion or a new plan: no wake-up, no wake lock, the audio suspended. */
  halted(): void {
    this.cancel();
    this.wakeLock.release();
    this.tone.suspend();
  }

  /** Takes or lets go of the wake lock as `keep-awake` says, while running. */
  followKeepAwake(): void {
    if (this.options.model()?.state !== 'running') return;
    if (this.options.keepAwake()) void this.wakeLock.acquire();
    else this.wakeLock.release();
  }

  /** Creates or resumes the audio: call only inside the start or resume click, where browsers allow it. */
  unlockSound(): void {
    this.tone.unlock();
  }

  /** The short tone of a phase end or completion. */
  beep(): void {
    this.tone.play();
  }

  /** Acts on what happened since the last look, re-renders and sets the next wake-up. */
  private wake(): void {
    this.options.catchUp();
    this.host.requestUpdate();
    this.schedule();
  }
}
