import { StrideRedFlagChecker } from './red-flag-checker.component';

export { StrideRedFlagChecker };
export type { TriageLevel, TriageResult } from '../../events';
export default StrideRedFlagChecker;

StrideRedFlagChecker.define('stride-red-flag-checker');

declare global {
  interface HTMLElementTagNameMap {
    'stride-red-flag-checker': StrideRedFlagChecker;
  }
}
