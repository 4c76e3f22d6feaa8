import type { QuestionOf } from '../domain/question';
import type { ClozePart } from '../domain/question-cloze-part';
import { buildScore } from './build-score';
import { invalidScore } from './invalid-score';
import { parseNumericResponse } from './parse-numeric-response';
import type { QuestionResponse } from './question-response';
import type { ScoreResult } from './score-result';
import { wildcardMatch } from './wildcard-match';

const EPSILON = 1e-14;

type PartResponse = NonNullable<QuestionResponse['parts']>[number] | undefined;

const partFraction = (part: ClozePart, response: PartResponse): number => {
  if (response === null || response === undefined) return 0;
  switch (part.kind) {
    case 'shortanswer':
      return typeof response === 'string'
        ? (part.answers.find((a) => wildcardMatch(response, a.text, part.caseSensitive))
            ?.fraction ?? 0)
        : 0;
    case 'numerical': {
      const parsed = typeof response === 'string' ? parseNumericResponse(response, false) : null;
      if (!parsed) return 0;
      const found = part.answers.find(
        (a) =>
          a.text === '*' ||
          Math.abs(parsed.value - Number(a.text)) <= Math.abs(a.tolerance) + EPSILON,
      );
      return found?.fraction ?? 0;
    }
    case 'multichoice':
      return typeof response === 'number' ? (part.answers[response]?.fraction ?? 0) : 0;
    case 'multiresponse': {
      const chosen = Array.isArray(response) ? [...new Set(response)] : [];
      const sum = chosen.reduce((total, i) => total + (part.answers[i]?.fraction ?? 0), 0);
      return Math.min(1, Math.max(0, sum));
    }
  }
};

/** A cloze: each part's fraction weighted by its mark, over the sum of the marks. */
export const scoreCloze = (q: QuestionOf<'multianswer'>, r: QuestionResponse): ScoreResult => {
  const total = q.parts.reduce((sum, part) => sum + part.weight, 0);
  const given = r.parts ?? [];
  if (total === 0 || given.every((p) => p === null)) return invalidScore(q);
  const earned = q.parts.reduce(
    (sum, part, i) => sum + partFraction(part, given[i]) * part.weight,
    0,
  );
  return buildScore(q, earned / total);
};
