/**
 * The script-tag bundles' stand-in for `load-timer.ts` (swapped in by
 * vite.config.ts): they carry the timer already, and a dynamic import inside
 * one file would only wrap the timer's modules in lazy initialisers.
 */
import { StrideRecoveryTimer } from '../recovery-timer/recovery-timer.component';

export const loadTimerClass = async () => StrideRecoveryTimer;
