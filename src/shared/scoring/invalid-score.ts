import type { Question } from '../domain/question';
import type { ScoreResult } from './score-result';

/** A response Moodle would not grade (nothing chosen, not a number…): no mark yet. */
export const invalidScore = (question: Question): ScoreResult => ({
  fraction: null,
  mark: null,
  state: 'invalid',
  feedback: { general: question.generalFeedback },
});
