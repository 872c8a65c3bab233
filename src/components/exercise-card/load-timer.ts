/**
 * `<stride-recovery-timer>`'s class, for the card's "Start the holds": a
 * dynamic import, so the card's own code never carries the timer's (with npm
 * and the loader it is a chunk of its own, fetched on the first press).
 */
export const loadTimerClass = () => import('../recovery-timer/recovery-timer.component').then((m) => m.StrideRecoveryTimer);
