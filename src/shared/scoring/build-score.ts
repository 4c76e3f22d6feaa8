import type { Question } from '../domain/question';
import type { QuestionText } from '../domain/question-text';
import { gradedState } from './graded-state';
import type { ScoreResult } from './score-result';

/** A graded result for `fraction`, with the combined feedback the state calls for. */
export const buildScore = (
  question: Question,
  fraction: number,
  answer: QuestionText[] = [],
): ScoreResult => {
  const state = gradedState(fraction);
  const feedback: ScoreResult['feedback'] = { general: question.generalFeedback };
  if (answer.some((text) => text.text !== '')) feedback.answer = answer;
  if ('combinedFeedback' in question) {
    const { correct, partiallyCorrect, incorrect } = question.combinedFeedback;
    feedback.combined =
      state === 'gradedright' ? correct : state === 'gradedpartial' ? partiallyCorrect : incorrect;
  }
  return { fraction, mark: fraction * question.defaultMark, state, feedback };
};
