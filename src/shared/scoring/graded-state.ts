import type { ScoreState } from './score-result';

const EPSILON = 0.0000001;

/** Moodle's `question_state::graded_state_for_fraction`. */
export const gradedState = (fraction: number): ScoreState => {
  if (fraction < EPSILON) return 'gradedwrong';
  if (fraction > 1 - EPSILON) return 'gradedright';
  return 'gradedpartial';
};
