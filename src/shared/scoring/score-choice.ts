import type { QuestionOf } from '../domain/question';
import { buildScore } from './build-score';
import { invalidScore } from './invalid-score';
import type { QuestionResponse } from './question-response';
import type { ScoreResult } from './score-result';

/** One answer: its fraction. Several: the sum of the chosen fractions, clamped to [0, 1]. */
const multichoice = (q: QuestionOf<'multichoice'>, r: QuestionResponse): ScoreResult => {
  if (q.single) {
    const answer = r.choice === null || r.choice === undefined ? undefined : q.answers[r.choice];
    if (!answer) return invalidScore(q);
    return buildScore(q, answer.fraction, [answer.feedback]);
  }
  const chosen = [...new Set(r.choices ?? [])].flatMap((index) => q.answers[index] ?? []);
  if (chosen.length === 0) return invalidScore(q);
  const sum = chosen.reduce((total, answer) => total + answer.fraction, 0);
  return buildScore(
    q,
    Math.min(1, Math.max(0, sum)),
    chosen.map((answer) => answer.feedback),
  );
};

/** Right or wrong; the feedback is the one on the answer given. */
const truefalse = (q: QuestionOf<'truefalse'>, r: QuestionResponse): ScoreResult => {
  if (typeof r.answer !== 'boolean') return invalidScore(q);
  return buildScore(q, r.answer === q.correctAnswer ? 1 : 0, [
    r.answer ? q.feedbackTrue : q.feedbackFalse,
  ]);
};

/** Scoring of multichoice and true/false questions. */
export const scoreChoice = { multichoice, truefalse };
