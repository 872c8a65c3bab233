import { expect } from '@open-wc/testing';
import { Tone } from '../../src/components/recovery-timer/tone';
import { inUserGesture } from '../helpers/gesture';

type Win = { AudioContext?: unknown; webkitAudioContext?: unknown };

describe('tone', () => {
  const win = window as unknown as Win;
  const real = { AudioContext: win.AudioContext, webkitAudioContext: win.webkitAudioContext };
  afterEach(() => {
    win.AudioContext = real.AudioContext;
    win.webkitAudioContext = real.webkitAudioContext;
  });

  it('plays nothing before unlock, and does not throw where Web Audio is missing', () => {
    win.AudioContext = undefined;
    win.webkitAudioContext = undefined;
    const tone = new Tone();
    tone.play();
    tone.unlock();
    tone.play();
    tone.suspend();
    tone.close();
  });

  it('uses the prefixed constructor where it is the only one', () => {
    let made = 0;
    win.AudioContext = undefined;
    win.webkitAudioContext = class {
      constructor() {
        made++;
      }
    };
    new Tone().unlock();
    expect(made).to.equal(1);
  });

  it('ignores a constructor that throws (too many contexts)', () => {
    win.AudioContext = class {
      constructor() {
        throw new DOMException('no', 'NotSupportedError');
      }
    };
    const tone = new Tone();
    tone.unlock();
    tone.play();
  });

  it('with the real Web Audio: unlock, play, suspend after the tone, resume, close', async () => {
    // Unlocked on a click, as the timer does: WebKit never settles suspend()
    // or resume() on an AudioContext made outside a user gesture.
    const tone = await inUserGesture(() => {
      const made = new Tone();
      made.unlock();
      return made;
    });
    const context = (tone as unknown as { context: AudioContext }).context;
    expect(context).to.be.instanceOf(AudioContext);
    tone.play();
    tone.suspend();
    await context.suspend();
    tone.play(); // resumes a suspended context
    tone.unlock(); // resumes too
    tone.suspend();
    tone.close();
    // Waits for the state change, not the clock: if it never closes, the test times out.
    while (context.state !== 'closed') await new Promise((r) => context.addEventListener('statechange', r, { once: true }));
    expect(context.state).to.equal('closed');
    expect((tone as unknown as { context: AudioContext | null }).context).to.equal(null);
  });
});
