/**
 * Type tests, checked by `tsc -p .` (`npm run typecheck`), never run: every
 * `stride-*` event is typed for `addEventListener`, `emit` accepts only known
 * events with their detail, and each `@ts-expect-error` proves that a wrong
 * use fails to compile (an unused one is itself an error).
 */
import {
  StrideFormCues,
  type CatalogueErrorDetail,
  type CuesChangeDetail,
  type RoutineStepDetail,
  type StrideEventMap,
  type TimerPhaseDetail,
  type TriageLevel,
  type TriageResult,
} from '../../src/index';
import type { TriageResult as TriageResultOfEntry } from '../../src/components/red-flag-checker/red-flag-checker';
import type { TimerPhaseDetail as TimerPhaseOfEntry } from '../../src/components/recovery-timer/recovery-timer';
import type { RoutineStepDetail as RoutineStepOfEntry } from '../../src/components/routine/routine';
import type { CatalogueLoadDetail } from '../../src/catalogue-entry';

/** `true` only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): Equal<A, B> => proof;

const checker = document.createElement('stride-red-flag-checker');
checker.addEventListener('stride-triage', (event) => {
  same<typeof event, CustomEvent<TriageResult>>(true);
  same<typeof event.detail.level, TriageLevel>(true);
  same<typeof event.detail.reasons, string[]>(true);
  // @ts-expect-error: a triage result has no score
  void event.detail.score;
});
// Listening on the document works too: the events bubble and are composed.
document.addEventListener('stride-cues-change', (event) => same<typeof event.detail, CuesChangeDetail>(true));
document.addEventListener('stride-timer-phase', (event) => same<typeof event.detail, TimerPhaseDetail>(true));
document.addEventListener('stride-timer-start', (event) => same<typeof event.detail, null>(true));
document.addEventListener('stride-timer-complete', (event) => same<typeof event.detail, null>(true));
document.addEventListener('stride-routine-step', (event) => same<typeof event.detail, RoutineStepDetail>(true));
document.addEventListener('stride-routine-complete', (event) => same<typeof event.detail, null>(true));
document.addEventListener('stride-catalogue-load', (event) => same<typeof event.detail, CatalogueLoadDetail>(true));
document.addEventListener('stride-catalogue-error', (event) => same<typeof event.detail, CatalogueErrorDetail>(true));
document.addEventListener('stride-timer-phase', (event) => {
  // @ts-expect-error: `round` is a number
  const round: string = event.detail.round;
  void round;
});
document.querySelector('stride-routine')?.addEventListener('stride-routine-step', (event) => {
  same<typeof event.detail.index, number>(true);
  // @ts-expect-error: the step names its exercise by id, not the whole exercise
  void event.detail.exercise.name;
});

// Each entry exports its own detail types, the same as the root's.
same<TriageResultOfEntry, TriageResult>(true);
same<TimerPhaseOfEntry, TimerPhaseDetail>(true);
same<RoutineStepOfEntry, RoutineStepDetail>(true);
// The map covers exactly the documented events.
same<
  keyof StrideEventMap,
  | 'stride-triage'
  | 'stride-cues-change'
  | 'stride-timer-start'
  | 'stride-timer-phase'
  | 'stride-timer-complete'
  | 'stride-routine-step'
  | 'stride-routine-complete'
  | 'stride-catalogue-load'
  | 'stride-catalogue-error'
>(true);

// Properties are as narrow as their values.
same<StrideFormCues['theme'], 'light' | 'dark' | undefined>(true);
same<StrideFormCues['headingLevel'], '1' | '2' | '3' | '4' | '5' | '6' | null>(true);
// @ts-expect-error: heading levels are 1–6
checker.headingLevel = '7';

/** `emit` is typed by event name: a widget cannot send an unknown event or a wrong detail. */
export class EmitsTypedEvents extends StrideFormCues {
  check(): void {
    this.emit('stride-cues-change', { checked: ['quick-steps'], total: 3 });
    // @ts-expect-error: `checked` is a list of ids
    this.emit('stride-cues-change', { checked: 3, total: 3 });
    // @ts-expect-error: not a Stride event
    this.emit('stride-unknown', null);
    // @ts-expect-error: the triage detail needs its reasons
    this.emit('stride-triage', { level: 'urgent' });
  }
}

// The classic-script bundle (`stride-widgets/iife`) types `window.StrideWidgets`.
void window.StrideWidgets.loadCatalogue({}, { mode: 'merge' });
// @ts-expect-error: the modes are merge and replace
void StrideWidgets.loadCatalogue({}, { mode: 'append' });
