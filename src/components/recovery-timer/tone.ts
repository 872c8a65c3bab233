/**
 * The short beep of `<stride-recovery-timer sound>`, through Web Audio.
 *
 * Browsers only let audio start after a user gesture, and an AudioContext
 * made at load would start suspended (and warn). So the context is created in
 * `unlock()`, which the element calls from its start and resume click
 * handlers only; `play()` does nothing until then.
 */

/** 880 Hz (A5): clear without being shrill. */
const FREQUENCY = 880;
/** Seconds: long enough to notice, short enough not to startle. */
const LENGTH = 0.2;
/** Peak gain: a gentle level. */
const PEAK = 0.2;
/** Exponential ramps cannot reach 0. */
const SILENT = 0.0001;

type AudioContextConstructor = new () => AudioContext;

function audioContextConstructor(): AudioContextConstructor | undefined {
  const w = window as unknown as { AudioContext?: AudioContextConstructor; webkitAudioContext?: AudioContextConstructor };
  return w.AudioContext ?? w.webkitAudioContext;
}

export class Tone {
  private context: AudioContext | null = null;
  /** The beep playing, if any: suspending waits for it to end. */
  private playing: OscillatorNode | null = null;

  /**
   * Creates the AudioContext, or resumes it. Call only inside a user gesture
   * (a click handler). Unsupported or refused audio is ignored.
   */
  unlock(): void {
    if (this.context) {
      if (this.context.state === 'suspended') this.context.resume().catch(() => {});
      return;
    }
    const Context = audioContextConstructor();
    if (!Context) return;
    try {
      this.context = new Context();
    } catch {
      // Too many contexts, or audio blocked: the timer works without sound.
    }
  }

  /** One short beep with a soft attack and release; nothing before `unlock()`. */
  play(): void {
    const context = this.context;
    if (!context) return;
    if (context.state === 'suspended') context.resume().catch(() => {});
    const t = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = FREQUENCY;
    gain.gain.setValueAtTime(SILENT, t);
    gain.gain.exponentialRampToValueAtTime(PEAK, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(SILENT, t + LENGTH);
    oscillator.connect(gain).connect(context.destination);
    oscillator.onended = () => {
      if (this.playing === oscillator) this.playing = null;
      oscillator.disconnect();
      gain.disconnect();
    };
    this.playing = oscillator;
    oscillator.start(t);
    oscillator.stop(t + LENGTH + 0.02);
  }

  /**
   * Suspends the context (no audio thread while the timer is not running),
   * after the beep that is playing, if any. `unlock()` resumes it.
   */
  suspend(): void {
    const context = this.context;
    if (!context) return;
    const suspend = () => {
      if (context.state === 'running') context.suspend().catch(() => {});
    };
    const playing = this.playing;
    if (playing) {
      playing.addEventListener('ended', suspend, { once: true });
    } else {
      suspend();
    }
  }

  /** Closes the context; the next `unlock()` (in a user gesture) makes a new one. */
  close(): void {
    const context = this.context;
    this.context = null;
    this.playing = null;
    context?.close().catch(() => {});
  }
}
