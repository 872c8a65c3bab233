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
    // A context made before unlock() would be recorded here.
    let made = 0;
    win.AudioContext = class {
      constructor() {
        made++;
      }
    };
    new Tone().play();
    expect(made, 'no AudioContext before unlock').to.equal(0);

    win.AudioContext = undefined;
    win.webkitAudioContext = undefined;
    const tone = new Tone();
    const steps = () => {
      tone.play();
      tone.unlock();
      tone.play();
      tone.suspend();
      tone.close();
    };
    expect(steps).not.to.throw();
    expect((tone as unknown as { context: unknown }).context).to.equal(null);
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
    let tried = 0;
    win.AudioContext = class {
      constructor() {
        tried++;
        throw new DOMException('no', 'NotSupportedError');
      }
    };
    const tone = new Tone();
    expect(() => {
      tone.unlock();
      tone.play();
    }).not.to.throw();
    expect(tried).to.equal(1);
    expect((tone as unknown as { context: unknown }).context).to.equal(null);
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
