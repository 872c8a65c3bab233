import catalogue from '../../src/catalogue/catalogue.json';
import { loadCatalogue } from '../../src/catalogue/load';
import type { Figure } from '../../src/catalogue/schema';
import { joints, type Pose } from '../../src/components/exercise-card/pose';
import samples from '../exercise-card/sample-figures.json';

export const sampleFigures = samples as Record<string, Figure>;

/**
 * Merges the sample figures (tests/exercise-card/sample-figures.json: two
 * moving, one still) onto the bundled exercises, as a clinic catalogue would;
 * `changes` adjusts a figure (timing, key). Reset with `resetCatalogue()`.
 */
export async function useSampleFigures(changes: Record<string, Partial<Figure>> = {}): Promise<void> {
  const exercises = Object.entries(sampleFigures).map(([id, figure]) => ({
    ...catalogue.exercises.find((e) => e.id === id),
    id,
    figure: { ...figure, ...changes[id] },
  }));
  await loadCatalogue({ exercises });
}

/** The lines a figure draws now, as numbers: far arm, far leg, trunk and neck, head (a line of no length), near leg, near arm. */
export function drawn(svg: Element): number[][] {
  return [...svg.querySelectorAll('polyline')].map((l) => (l.getAttribute('points') ?? '').split(/[ ,]/).map(Number));
}

/** What `drawn` should read for a pose, worked out from its joints (to 0.1 unit, as drawn). */
export function expectedDrawing(pose: Pose): number[][] {
  const j = joints(pose);
  const round = (points: readonly (readonly [number, number])[]) => points.flatMap(([x, y]) => [+x.toFixed(1), +y.toFixed(1)]);
  return [j.farArm, j.farLeg, [j.hip, j.shoulder, j.head], [j.head, j.head], j.nearLeg, j.nearArm].map(round);
}

/**
 * Animation frames by hand: `requestAnimationFrame` queues, and `advance(ms)`
 * runs the queued callbacks in 16 ms frames up to `ms` later, so a test says
 * exactly when each frame is. `requested` counts every request.
 */
export function fakeFrames() {
  const real = { request: window.requestAnimationFrame, cancel: window.cancelAnimationFrame };
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  let now = 1000;
  const frames = {
    requested: 0,
    get pending() {
      return queue.size;
    },
    /** Runs the queued callbacks now: a first frame, from which a loop counts its time. */
    frame() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback(now);
    },
    /** Runs frames every 16 ms (and one at the end) until `ms` have passed. */
    advance(ms: number) {
      const end = now + ms;
      while (now < end) {
        now = Math.min(now + 16, end);
        frames.frame();
      }
    },
    restore() {
      window.requestAnimationFrame = real.request;
      window.cancelAnimationFrame = real.cancel;
    },
  };
  window.requestAnimationFrame = (callback) => {
    frames.requested += 1;
    queue.set(++id, callback);
    return id;
  };
  window.cancelAnimationFrame = (handle) => void queue.delete(handle);
  return frames;
}
