/**
 * Red-flag triage: the pure decision logic behind `<stride-red-flag-checker>`.
 *
 * No DOM, no timers, no values from `schema.ts` (that would pull zod into the
 * browser bundle): types only, and the levels from the zod-free `levels.ts`.
 */
import { TRIAGE_LEVELS, type TriageLevel } from '../../catalogue/levels';
import type { RedFlagQuestion } from '../../catalogue/schema';

export type Answer = 'yes' | 'no';
/** Answers by question id; a missing or `undefined` entry is unanswered. */
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface TriageResult {
  level: TriageLevel;
  /** Ids of the questions answered "yes", in question order. */
  reasons: string[];
}

export type TriageOutcome =
  | { kind: 'result'; result: TriageResult }
  | { kind: 'unanswered'; unanswered: string[] };

/** The part of a question that triage needs. */
export type TriageQuestion = Pick<RedFlagQuestion, 'id' | 'level'>;

/** 0 for `emergency` … 3 for `self-care`: lower is more severe. */
export function severityRank(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/**
 * A new array of the questions, most severe first; questions of the same
 * level keep their given (catalogue) order.
 */
export function orderQuestions<Q extends { level: TriageLevel }>(questions: readonly Q[]): Q[] {
  // Array.prototype.sort is stable (ES2019).
  return [...questions].sort((a, b) => severityRank(a.level) - severityRank(b.level));
}

/**
 * The answer given to `id`, or `undefined`. Only own entries whose value is
 * exactly "yes" or "no" count: anything else (inherited properties such as
 * `constructor`, stray values) is unanswered.
 */
function answerFor(answers: Answers, id: string): Answer | undefined {
  if (!Object.hasOwn(answers, id)) return undefined;
  const answer = answers[id];
  return answer === 'yes' || answer === 'no' ? answer : undefined;
}

function yesIds(questions: readonly TriageQuestion[], answers: Answers): string[] {
  return questions.filter((q) => answerFor(answers, q.id) === 'yes').map((q) => q.id);
}

/**
 * The "early emergency": as soon as any `emergency` question is answered
 * "yes" the result is `emergency` (nothing can downgrade it), whether or not
 * the other questions are answered. Its reasons are every "yes" so far, in
 * question order. `null` when no emergency question is answered "yes".
 */
export function emergencyResult(
  questions: readonly TriageQuestion[],
  answers: Answers,
): TriageResult | null {
  const emergency = questions.some(
    (q) => q.level === 'emergency' && answerFor(answers, q.id) === 'yes',
  );
  return emergency ? { level: 'emergency', reasons: yesIds(questions, answers) } : null;
}

/**
 * The outcome of the form: the early emergency if there is one; otherwise the
 * ids of the unanswered questions (in question order) if any; otherwise the
 * most severe level among the "yes" answers (`self-care` when all are "no").
 * Answers for ids that are not among `questions` are ignored.
 */
export function triage(questions: readonly TriageQuestion[], answers: Answers): TriageOutcome {
  const early = emergencyResult(questions, answers);
  if (early) return { kind: 'result', result: early };

  const unanswered = questions.filter((q) => answerFor(answers, q.id) === undefined).map((q) => q.id);
  if (unanswered.length > 0) return { kind: 'unanswered', unanswered };

  let rank = severityRank('self-care');
  for (const q of questions) {
    if (answerFor(answers, q.id) === 'yes') rank = Math.min(rank, severityRank(q.level));
  }
  return { kind: 'result', result: { level: TRIAGE_LEVELS[rank], reasons: yesIds(questions, answers) } };
}
