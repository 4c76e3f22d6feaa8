import type { QuestionOf } from '../domain/question';
import { buildScore } from './build-score';
import { invalidScore } from './invalid-score';
import type { QuestionResponse } from './question-response';
import type { ScoreResult } from './score-result';

/**
 * Ordering, for the grading types authors use most: all or nothing, absolute position and
 * "relative to the next item" (with or without the last). Items are indices in the right order.
 */
export const scoreOrdering = (q: QuestionOf<'ordering'>, r: QuestionResponse): ScoreResult => {
  const order = r.order ?? [];
  if (order.length === 0) return invalidScore(q);
  const grading = q.gradingType ?? 'RELATIVE_NEXT_EXCLUDE_LAST';
  const n = order.length;
  switch (grading) {
    case 'ALL_OR_NOTHING':
      return buildScore(q, order.every((item, i) => item === i) && n === q.items.length ? 1 : 0);
    case 'ABSOLUTE_POSITION':
      return buildScore(q, order.filter((item, i) => item === i).length / q.items.length);
    default: {
      const includeLast = grading !== 'RELATIVE_NEXT_EXCLUDE_LAST';
      let right = 0;
      order.forEach((item, i) => {
        const next = order[i + 1];
        if (next === undefined) {
          if (includeLast && item === q.items.length - 1) right += 1;
        } else if (next === item + 1) right += 1;
      });
      return buildScore(q, right / (includeLast ? n : n - 1));
    }
  }
};
