import { StrideExerciseCard } from './exercise-card.component';

export { StrideExerciseCard };
export default StrideExerciseCard;

StrideExerciseCard.define('stride-exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'stride-exercise-card': StrideExerciseCard;
  }
}
