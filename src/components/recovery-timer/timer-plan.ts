/**
 * What `<stride-recovery-timer>`'s attributes describe: the phases to run,
 * the heading, the protocol (for its safety note) and a fingerprint of the
 * timing, or the first problem with the attributes. Pure: no DOM, no clock.
 */
import type { Protocol, UiStrings } from '../../catalogue/schema';
import type { ConfigProblem } from '../../internal/stride-element';
import { fill } from '../../internal/text';
import { parseDuration } from './duration';
import { buildPhases, type Phase } from './timer-model';

/** `rounds`: a whole number from 1 to 100. */
const ROUNDS = /^\d+$/;
const MAX_ROUNDS = 100;

/** The timer's wording in the catalogue. */
type TimerWording = UiStrings['recoveryTimer'];

/** What the attributes describe, once valid. */
export interface Plan {
  heading: string;
  phases: Phase[];
  protocol: Protocol | null;
  /** Identifies the timing (protocol id, phase kinds and lengths): a save for another plan is ignored. */
  fingerprint: string;
}

/** The attributes a plan is made from (`null`: absent). */
export interface PlanAttributes {
  protocol: string | null;
  duration: string | null;
  rounds: string | null;
  rest: string | null;
  label: string | null;
}

/** The plan the attributes describe, or the first problem with them. */
export function resolvePlan(
  attributes: PlanAttributes,
  protocols: readonly Protocol[],
  t: TimerWording,
): Plan | ConfigProblem {
  const protocolAccepted = `${t.protocolAccepted} (${protocols.map((p) => p.id).join(', ')})`;
  if (attributes.protocol !== null && attributes.duration !== null) {
    return { attribute: 'duration', value: attributes.duration, accepted: t.protocolOrDuration };
  }
  if (attributes.protocol !== null) {
    const id = attributes.protocol.trim();
    const protocol = protocols.find((p) => p.id === id);
    if (!protocol) return { attribute: 'protocol', value: attributes.protocol, accepted: protocolAccepted };
    const phases = buildPhases(protocol);
    return { heading: protocol.label, phases, protocol, fingerprint: `protocol:${protocol.id}:${timing(phases)}` };
  }
  if (attributes.duration !== null) {
    const work = parseDuration(attributes.duration);
    if (!work.ok) return { attribute: 'duration', value: attributes.duration, accepted: t.durationAccepted };
    let rounds = 1;
    const roundsText = attributes.rounds?.trim();
    if (roundsText) {
      rounds = Number(roundsText);
      if (!ROUNDS.test(roundsText) || rounds < 1 || rounds > MAX_ROUNDS) {
        return { attribute: 'rounds', value: attributes.rounds, accepted: t.roundsAccepted };
      }
    }
    let rest = 0;
    const restText = attributes.rest?.trim();
    if (restText) {
      const parsed = parseDuration(restText);
      // `0` (or `0:00`) means no rest.
      if (parsed.ok) rest = parsed.seconds;
      else if (parsed.reason !== 'zero') return { attribute: 'rest', value: attributes.rest, accepted: t.durationAccepted };
    }
    const label = attributes.label?.trim();
    const phases = buildPhases({
      sets: [
        {
          rounds,
          work: { label: label || t.defaultWorkLabel, seconds: work.seconds },
          rest: { label: t.defaultRestLabel, seconds: rest },
        },
      ],
    });
    return { heading: label || t.defaultHeading, phases, protocol: null, fingerprint: `duration:${timing(phases)}` };
  }
  return {
    attribute: 'protocol',
    value: null,
    accepted: `${t.protocolOrDuration}; protocol: ${protocolAccepted}; duration: ${t.durationAccepted}`,
  };
}

/**
 * "Hold — round 2 of 6, set 1 of 3"; just the label for a single round. Sets
 * are counted only when they repeat one exercise (McGill's holds): stages
 * named for themselves ("Warm-up walk", "Run", "Cool-down walk") need no count.
 * Numbers are written by `formatNumber` (the catalogue locale's digits).
 */
export function phaseText(
  phase: Phase,
  plan: Plan | null,
  t: TimerWording,
  formatNumber: (n: number) => string = String,
): string {
  const parts = [
    phase.rounds > 1
      ? fill(t.phaseRound, { phase: phase.label, round: formatNumber(phase.round), rounds: formatNumber(phase.rounds) })
      : phase.label,
  ];
  const repeated = new Set(plan?.protocol?.sets.map((s) => s.work.label)).size <= 1;
  if (phase.sets > 1 && repeated) parts.push(fill(t.setOf, { set: formatNumber(phase.set), sets: formatNumber(phase.sets) }));
  return parts.join(', ');
}

/** "w30,r10,w30": the kinds and lengths of the phases. */
function timing(phases: readonly Phase[]): string {
  return phases.map((p) => `${p.kind[0]}${p.seconds}`).join(',');
}
