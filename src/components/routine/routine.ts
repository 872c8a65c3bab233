// The card and the timer each step shows: defining the routine defines them (a tag already defined is left alone).
import '../exercise-card/exercise-card';
import '../recovery-timer/recovery-timer';
import { StrideRoutine } from './routine.component';

export { StrideRoutine };
export type { RoutineStepDetail } from '../../events';
export default StrideRoutine;

StrideRoutine.define('stride-routine');

declare global {
  interface HTMLElementTagNameMap {
    'stride-routine': StrideRoutine;
  }
}
