/**
 * Every `stride-*` event and its `detail`, in one place: `emit` is typed by
 * this map, and `GlobalEventHandlersEventMap` makes `addEventListener` typed
 * for users (`el.addEventListener('stride-triage', (e) => e.detail.level)`).
 * Types only: this module adds no code to any bundle.
 */
import type { CuesChangeDetail } from './components/form-cues/form-cues.component';
import type { TriageResult } from './components/red-flag-checker/triage';
import type { TriageLevel } from './catalogue/schema';

export type { CuesChangeDetail, TriageLevel, TriageResult };

/** `detail` of `stride-timer-phase`: the new phase's label and its round (from 1). */
export interface TimerPhaseDetail {
  phase: string;
  round: number;
}

/** `detail` of `stride-routine-step`: the new step's index (from 0) and its exercise id. */
export interface RoutineStepDetail {
  index: number;
  exercise: string;
}

/** `detail` of `stride-catalogue-load`: the URL that was applied. */
export interface CatalogueLoadDetail {
  src: string;
}

/** `detail` of `stride-catalogue-error`: each problem with its JSON path, e.g. `exercises[0].steps: expected array`. */
export interface CatalogueErrorDetail {
  issues: string[];
}

/** The `detail` of each `stride-*` event, by event name. */
export interface StrideEventMap {
  'stride-triage': TriageResult;
  'stride-cues-change': CuesChangeDetail;
  'stride-timer-start': null;
  'stride-timer-phase': TimerPhaseDetail;
  'stride-timer-complete': null;
  'stride-routine-step': RoutineStepDetail;
  'stride-routine-complete': null;
  'stride-catalogue-load': CatalogueLoadDetail;
  'stride-catalogue-error': CatalogueErrorDetail;
}

declare global {
  // Spelled out (not mapped from StrideEventMap) so editors show each event by name.
  interface GlobalEventHandlersEventMap {
    'stride-triage': CustomEvent<TriageResult>;
    'stride-cues-change': CustomEvent<CuesChangeDetail>;
    'stride-timer-start': CustomEvent<null>;
    'stride-timer-phase': CustomEvent<TimerPhaseDetail>;
    'stride-timer-complete': CustomEvent<null>;
    'stride-routine-step': CustomEvent<RoutineStepDetail>;
    'stride-routine-complete': CustomEvent<null>;
    'stride-catalogue-load': CustomEvent<CatalogueLoadDetail>;
    'stride-catalogue-error': CustomEvent<CatalogueErrorDetail>;
  }
}
