import { StrideFormCues, type CuesChangeDetail } from './form-cues.component';

export { StrideFormCues, type CuesChangeDetail };
export default StrideFormCues;

StrideFormCues.define('stride-form-cues');

declare global {
  interface HTMLElementTagNameMap {
    'stride-form-cues': StrideFormCues;
  }
}
