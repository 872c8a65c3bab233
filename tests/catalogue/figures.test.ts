/**
 * The bundled movement figures (issue 12; brief: "Figures"): every exercise
 * of the English and the Spanish catalogue has one that validates (so its
 * still key pose exists); every pose keeps the figure, head included, inside
 * its 160 × 120 box with nothing below the floor, and rests on the floor or
 * on equipment unless it hangs from a bar; the text alternative is one
 * sentence; the Spanish figures are the English ones with only `alt`
 * translated. `figureProblems` is shown to catch each fault on a spoiled copy.
 */
import { expect } from '@open-wc/testing';
import en from '../../src/catalogue/catalogue.json';
import es from '../../src/catalogues/es.json';
import { Figure } from '../../src/catalogue/schema';
import { FIGURE_HEIGHT, FIGURE_WIDTH, FLOOR_Y, LENGTHS, joints } from '../../src/components/exercise-card/pose';
import { sentences } from '../../scripts/content-rules.mjs';

/** Half a unit: the numbers are integers, so a resting hand or foot lands within this of the floor. */
const TOLERANCE = 0.5;

/** Every fault of one figure, in words ("pose 2: left knee below the floor"); none for a good one. */
function figureProblems(value: unknown): string[] {
  const parsed = Figure.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((issue) => `invalid ${issue.path.join('.')}: ${issue.message}`);
  const figure = parsed.data;
  const problems: string[] = [];
  const inside = (x: number, y: number) => x >= -TOLERANCE && x <= FIGURE_WIDTH + TOLERANCE && y >= -TOLERANCE;
  figure.poses.forEach((pose, i) => {
    const j = joints(pose);
    const points: [string, readonly [number, number]][] = [
      ['hip', j.hip],
      ['shoulder', j.shoulder],
      ...(['nearArm', 'farArm'] as const).flatMap((arm) => (['elbow', 'hand'] as const).map((name, k) => [`${arm} ${name}`, j[arm][k + 1]] as [string, readonly [number, number]])),
      ...(['nearLeg', 'farLeg'] as const).flatMap((leg) => (['knee', 'ankle', 'toe'] as const).map((name, k) => [`${leg} ${name}`, j[leg][k + 1]] as [string, readonly [number, number]])),
    ];
    const [hx, hy] = j.head;
    const r = LENGTHS.headRadius;
    points.push(['head left', [hx - r, hy]], ['head right', [hx + r, hy]], ['head top', [hx, hy - r]], ['head bottom', [hx, hy + r]]);
    for (const [name, [x, y]] of points) {
      if (!inside(x, y)) problems.push(`pose ${i}: ${name} outside the box (${x.toFixed(1)}, ${y.toFixed(1)})`);
      if (y > FLOOR_Y + TOLERANCE) problems.push(`pose ${i}: ${name} below the floor (y ${y.toFixed(1)})`);
    }
  });
  if (sentences(figure.alt).length !== 1) problems.push(`alt is ${sentences(figure.alt).length} sentences, not one`);
  for (const { kind, x, y, w, h } of figure.equipment ?? []) {
    if (x < 0 || y < 0 || x + w > FIGURE_WIDTH || y + h > FIGURE_HEIGHT) problems.push(`${kind} outside the box`);
  }
  return problems;
}

const CATALOGUES = { en, es } as const;

describe('movement figures of the bundled exercises', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`gives every exercise of the ${name} catalogue a figure inside its box, on or above the floor, with a key pose and a one-sentence alt`, () => {
      expect(catalogue.exercises).to.have.length(20);
      const problems = catalogue.exercises.flatMap((e) => (e.figure ? figureProblems(e.figure) : ['no figure']).map((p) => `${e.id}: ${p}`));
      expect(problems).to.deep.equal([]);
    });
  }

  it('rests something on the floor or on equipment in every pose that is not hanging from a bar', () => {
    const floating: string[] = [];
    for (const { id, figure } of en.exercises) {
      const tops = [FLOOR_Y, ...(figure.equipment ?? []).map((e) => e.y)];
      const hanging = figure.equipment?.some((e) => e.kind === 'bar');
      figure.poses.forEach((pose, i) => {
        const j = joints(pose);
        const ys = [j.hip, j.shoulder, ...j.nearArm, ...j.farArm, ...j.nearLeg, ...j.farLeg].map(([, y]) => y);
        const lowest = Math.max(...ys, j.head[1] + LENGTHS.headRadius);
        const resting = tops.some((top) => Math.abs(lowest - top) <= 1.5);
        if (resting === Boolean(hanging)) floating.push(`${id} pose ${i}: lowest point at y ${lowest.toFixed(1)}`);
      });
    }
    expect(floating).to.deep.equal([]);
  });

  it('draws the same figures in Spanish, with only the text alternative translated', () => {
    expect(es.exercises.map((e) => e.id)).to.deep.equal(en.exercises.map((e) => e.id));
    es.exercises.forEach((e, i) => {
      const { alt, ...drawing } = e.figure;
      const { alt: enAlt, ...enDrawing } = en.exercises[i].figure;
      expect(drawing, e.id).to.deep.equal(enDrawing);
      expect(alt, e.id).not.to.equal(enAlt);
    });
  });

  describe('figureProblems', () => {
    const good = () => structuredClone(en.exercises[0].figure) as Figure;

    it('finds nothing wrong with a good figure', () => {
      expect(figureProblems(good())).to.deep.equal([]);
    });

    it('reports a pose that sinks below the floor', () => {
      const figure = good();
      figure.poses[0] = [figure.poses[0][0], figure.poses[0][1] + 6, ...figure.poses[0].slice(2)];
      expect(figureProblems(figure).join('\n')).to.match(/^pose 0: nearLeg knee below the floor/m);
    });

    it('reports a joint outside the box', () => {
      const figure = good();
      figure.poses[1] = [150, ...figure.poses[1].slice(1)];
      expect(figureProblems(figure).join('\n')).to.match(/^pose 1: nearArm hand outside the box/m);
    });

    it('reports a head above the top of the box', () => {
      const figure = good();
      figure.poses[0] = [80, 40, -90, -90, ...figure.poses[0].slice(4)];
      expect(figureProblems(figure)).to.include.members(['pose 0: head top outside the box (80.0, -13.0)']);
    });

    it('reports a key that is not a pose, an alt of two sentences and equipment outside the box', () => {
      expect(figureProblems({ ...good(), key: 5 })).to.deep.equal(['invalid key: key is an index into poses']);
      expect(figureProblems({ ...good(), alt: 'Kneeling. Then reaching.' })).to.deep.equal(['alt is 2 sentences, not one']);
      expect(figureProblems({ ...good(), equipment: [{ kind: 'step', x: 150, y: 100, w: 20, h: 12 }] })).to.deep.equal(['step outside the box']);
    });

    it('reports a pose that is not twelve numbers', () => {
      const figure = { ...good(), poses: [[80, 60, -90]] };
      expect(figureProblems(figure)).to.deep.equal(['invalid poses.0: expected 12 numbers: hipX, hipY, then 10 angles']);
    });
  });
});
