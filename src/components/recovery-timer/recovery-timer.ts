import { StrideRecoveryTimer } from './recovery-timer.component';

export { StrideRecoveryTimer };
export type { TimerPhaseDetail } from '../../events';
export default StrideRecoveryTimer;

StrideRecoveryTimer.define('stride-recovery-timer');

declare global {
  interface HTMLElementTagNameMap {
    'stride-recovery-timer': StrideRecoveryTimer;
  }
}
