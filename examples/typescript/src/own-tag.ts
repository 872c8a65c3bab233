import { StrideExerciseCard } from 'stride-widgets/exercise-card';

StrideExerciseCard.define('clinic-exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'clinic-exercise-card': StrideExerciseCard;
  }
}

const card = document.createElement('clinic-exercise-card');
card.exercise = 'bird-dog';
document.body.append(card);
