/**
 * The movement figure's geometry: a side-view stick figure facing right,
 * drawn in a 160 × 120 box with the floor at y = 112 (see README, "Movement
 * figures"). A pose is twelve numbers: where the hip is, then the direction of
 * each body segment in degrees, in SVG's convention — 0 points forward (right),
 * 90 down, 180 back (left), −90 up. "Near" limbs are on the viewer's side and
 * drawn in front; "far" limbs are behind. Pure functions, no DOM.
 */

/** The twelve numbers of a pose, in order. */
export const POSE_FIELDS = [
  'hipX',
  'hipY',
  'trunk',
  'head',
  'nearUpperArm',
  'nearForearm',
  'farUpperArm',
  'farForearm',
  'nearThigh',
  'nearShin',
  'farThigh',
  'farShin',
] as const;

export type Pose = readonly number[];
type Point = readonly [number, number];

export const FIGURE_WIDTH = 160;
export const FIGURE_HEIGHT = 120;
export const FLOOR_Y = 112;

// Segment lengths, in figure units (a standing figure is 100 tall): constants, which the minifier writes in place.
const TRUNK = 34;
const NECK = 12;
const UPPER_ARM = 17;
const FOREARM = 16;
const THIGH = 26;
const SHIN = 26;
const FOOT = 8;
/** Segment lengths, in figure units (a standing figure is 100 tall); the head is a circle at the neck's end. */
export const LENGTHS = { trunk: TRUNK, neck: NECK, headRadius: 7, upperArm: UPPER_ARM, forearm: FOREARM, thigh: THIGH, shin: SHIN, foot: FOOT } as const;

const step = ([x, y]: Point, length: number, degrees: number): Point => {
  const r = (degrees * Math.PI) / 180;
  return [x + length * Math.cos(r), y + length * Math.sin(r)];
};

/** Where the joints of a pose are. The foot points forward from the shin (toes away from the heel). */
export function joints(pose: Pose) {
  const [hipX, hipY, trunk, head, nua, nfa, fua, ffa, nth, nsh, fth, fsh] = pose;
  const hip: Point = [hipX, hipY];
  const shoulder = step(hip, TRUNK, trunk);
  const arm = (upper: number, fore: number) => {
    const elbow = step(shoulder, UPPER_ARM, upper);
    return [shoulder, elbow, step(elbow, FOREARM, fore)] as const;
  };
  const leg = (thigh: number, shin: number) => {
    const knee = step(hip, THIGH, thigh);
    const ankle = step(knee, SHIN, shin);
    return [hip, knee, ankle, step(ankle, FOOT, shin - 90)] as const;
  };
  return {
    hip,
    shoulder,
    head: step(shoulder, NECK, head),
    nearArm: arm(nua, nfa),
    farArm: arm(fua, ffa),
    nearLeg: leg(nth, nsh),
    farLeg: leg(fth, fsh),
  };
}

/**
 * The pose a fraction `t` (0–1) of the way from `a` to `b`. Angles take the
 * shorter way round, so 170° to −170° passes through 180°, not 0°.
 */
export function between(a: Pose, b: Pose, t: number): number[] {
  return a.map((from, i) => {
    let delta = b[i] - from;
    if (i >= 2) delta = ((((delta + 180) % 360) + 360) % 360) - 180;
    return from + delta * t;
  });
}
