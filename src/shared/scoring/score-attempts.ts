import type { Question } from '../domain/question';
import { penalisedFraction } from './penalised-fraction';
import type { QuestionResponse } from './question-response';
import { scoreResponse } from './score-response';
import type { ScoreResult } from './score-result';

/**
 * Several tries at one question (interactive / adaptive behaviours): each graded try is worth its
 * fraction minus `penalty × the graded tries before it`, floored at 0, and the question keeps the best try.
 */
export const scoreAttempts = (
  question: Question,
  responses: readonly QuestionResponse[],
): { fraction: number | null; mark: number | null; tries: ScoreResult[] } => {
  const tries = responses.map((response) => scoreResponse(question, response));
  let best: number | null = null;
  let before = 0;
  for (const result of tries) {
    // An invalid response (nothing chosen, not a number) is not a try in Moodle.
    if (result.fraction === null) continue;
    const adjusted = penalisedFraction(result.fraction, question.penalty, before);
    before += 1;
    best = best === null ? adjusted : Math.max(best, adjusted);
  }
  const fraction = best;
  return { fraction, mark: fraction === null ? null : fraction * question.defaultMark, tries };
};
