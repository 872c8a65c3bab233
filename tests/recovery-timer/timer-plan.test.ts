import { expect } from '@open-wc/testing';
import catalogue from '../../src/catalogue/catalogue.json';
import type { Protocol } from '../../src/catalogue/schema';
import type { ConfigProblem } from '../../src/internal/stride-element';
import { phaseText, resolvePlan, type Plan, type PlanAttributes } from '../../src/components/recovery-timer/timer-plan';

const t = catalogue.ui.recoveryTimer;
const protocols = catalogue.protocols as Protocol[];
const none: PlanAttributes = { protocol: null, duration: null, rounds: null, rest: null, label: null };

const plan = (attributes: Partial<PlanAttributes>) => resolvePlan({ ...none, ...attributes }, protocols, t);
function ok(attributes: Partial<PlanAttributes>): Plan {
  const resolved = plan(attributes);
  if ('attribute' in resolved) throw new Error(`expected a plan, got a problem with ${resolved.attribute}`);
  return resolved;
}
function problem(attributes: Partial<PlanAttributes>): ConfigProblem {
  const resolved = plan(attributes);
  if (!('attribute' in resolved)) throw new Error('expected a problem, got a plan');
  return resolved;
}

describe('timer plan', () => {
  describe('a protocol', () => {
    it('takes its label as the heading, its phases and a fingerprint of its id and timing', () => {
      const stretch = protocols.find((p) => p.id === 'stretch-holds')!;
      const resolved = ok({ protocol: ' stretch-holds ' });
      expect(resolved.heading).to.equal(stretch.label);
      expect(resolved.protocol).to.equal(stretch);
      expect(resolved.phases[0].label).to.equal(stretch.sets[0].work.label);
      expect(resolved.fingerprint).to.match(/^protocol:stretch-holds:w\d+/);
    });

    it('an unknown id: a problem listing every protocol id', () => {
      const p = problem({ protocol: 'sauna' });
      expect(p).to.include({ attribute: 'protocol', value: 'sauna' });
      expect(p.accepted).to.contain(t.protocolAccepted);
      for (const { id } of protocols) expect(p.accepted).to.contain(id);
    });
  });

  describe('duration, rounds and rest', () => {
    it('work and rest phases, with no rest after the last round, and default wording', () => {
      const resolved = ok({ duration: '30', rounds: '2', rest: '10' });
      expect(resolved.heading).to.equal(t.defaultHeading);
      expect(resolved.protocol).to.equal(null);
      expect(resolved.phases.map((p) => [p.kind, p.label, p.seconds])).to.deep.equal([
        ['work', t.defaultWorkLabel, 30],
        ['rest', t.defaultRestLabel, 10],
        ['work', t.defaultWorkLabel, 30],
      ]);
      expect(resolved.fingerprint).to.equal('duration:w30,r10,w30');
    });

    it('label names the heading and the work phase; empty values mean the defaults', () => {
      expect(ok({ duration: '30', label: ' Plank ' })).to.include({ heading: 'Plank' });
      expect(ok({ duration: '30', label: ' Plank ' }).phases[0].label).to.equal('Plank');
      const defaults = ok({ duration: '30', rounds: ' ', rest: '', label: ' ' });
      expect(defaults.heading).to.equal(t.defaultHeading);
      expect(defaults.phases).to.have.length(1);
    });

    it('rest="0" means no rest', () => {
      expect(ok({ duration: '30', rounds: '2', rest: '0' }).fingerprint).to.equal('duration:w30,w30');
      expect(ok({ duration: '30', rounds: '2', rest: '0:00' }).fingerprint).to.equal('duration:w30,w30');
    });

    it('the fingerprint changes with the timing only', () => {
      expect(ok({ duration: '30', label: 'A' }).fingerprint).to.equal(ok({ duration: '30s', label: 'B' }).fingerprint);
      expect(ok({ duration: '30' }).fingerprint).not.to.equal(ok({ duration: '31' }).fingerprint);
    });

    const bad: [Partial<PlanAttributes>, string, string][] = [
      [{ duration: 'abc' }, 'duration', t.durationAccepted],
      [{ duration: '0' }, 'duration', t.durationAccepted],
      [{ duration: '25h' }, 'duration', t.durationAccepted],
      [{ duration: '30', rounds: '0' }, 'rounds', t.roundsAccepted],
      [{ duration: '30', rounds: '1.5' }, 'rounds', t.roundsAccepted],
      [{ duration: '30', rounds: '101' }, 'rounds', t.roundsAccepted],
      [{ duration: '30', rounds: '2', rest: '-5' }, 'rest', t.durationAccepted],
    ];
    for (const [attributes, attribute, accepted] of bad) {
      it(`${JSON.stringify(attributes)}: a problem with ${attribute}`, () => {
        const p = problem(attributes);
        expect(p.attribute).to.equal(attribute);
        expect(p.value).to.equal(attributes[attribute as keyof PlanAttributes]);
        expect(p.accepted).to.contain(accepted);
      });
    }
  });

  it('both protocol and duration: a problem with duration', () => {
    expect(problem({ protocol: 'ice', duration: '90' })).to.deep.equal({ attribute: 'duration', value: '90', accepted: t.protocolOrDuration });
  });

  it('neither: protocol is missing, and both forms are described', () => {
    const p = problem({});
    expect(p).to.include({ attribute: 'protocol', value: null });
    for (const accepted of [t.protocolOrDuration, t.protocolAccepted, t.durationAccepted]) expect(p.accepted).to.contain(accepted);
  });

  describe('phase text', () => {
    it('just the label for a single round; the round of several', () => {
      const single = ok({ duration: '30', label: 'Plank' });
      expect(phaseText(single.phases[0], single, t)).to.equal('Plank');
      const rounds = ok({ duration: '30', rounds: '3', rest: '10', label: 'Plank' });
      expect(phaseText(rounds.phases[2], rounds, t)).to.equal('Plank — round 2 of 3');
    });

    it('counts sets when they repeat one exercise (McGill holds)', () => {
      const mcgill = ok({ protocol: 'mcgill-big-3' });
      expect(phaseText(mcgill.phases[0], mcgill, t)).to.equal('Hold — round 1 of 6, set 1 of 3');
    });

    it('does not count stages named for themselves (run–walk)', () => {
      const runWalk = ok({ protocol: 'run-walk' });
      expect(runWalk.phases.map((p) => phaseText(p, runWalk, t)).filter((text) => text.includes('set'))).to.deep.equal([]);
      expect(phaseText(runWalk.phases[1], runWalk, t)).to.equal('Run — round 1 of 8');
    });
  });
});
