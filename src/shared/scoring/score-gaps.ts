import type { QuestionOf } from '../domain/question';
import { buildScore } from './build-score';
import { invalidScore } from './invalid-score';
import type { QuestionResponse } from './question-response';
import type { ScoreResult } from './score-result';

/** Each non-distractor subquestion is an equal share; answers compare by their text. */
const match = (q: QuestionOf<'match'>, r: QuestionResponse): ScoreResult => {
  const stems = q.subquestions.filter((s) => s.text.text.trim() !== '');
  const given = r.matches ?? [];
  if (stems.length === 0 || given.every((m) => m === null)) {
    return invalidScore(q);
  }
  const right = stems.filter((stem, i) => given[i]?.trim() === stem.answer.trim()).length;
  return buildScore(q, right / stems.length);
};

/** The `[[n]]` places of a gap text, in order. */
const places = (text: string): number[] =>
  [...text.matchAll(/\[\[(\d+)\]\]/g)].map((m) => Number(m[1]));

/** Each `[[n]]` place is an equal share, right when choice n is put there. */
const gaps = (
  q: QuestionOf<'gapselect'> | QuestionOf<'ddwtos'>,
  r: QuestionResponse,
): ScoreResult => {
  const wanted = places(q.text.text);
  const given = r.gaps ?? [];
  if (wanted.length === 0 || given.every((g) => g === null)) {
    return invalidScore(q);
  }
  const right = wanted.filter((choice, i) => {
    const chosen = given[i];
    if (chosen === null || chosen === undefined) return false;
    // Two choices with the same text in the same group are the same answer to the student.
    const a = q.choices[choice - 1];
    const b = q.choices[chosen - 1];
    return (
      chosen === choice ||
      (a !== undefined && b !== undefined && a.text === b.text && a.group === b.group)
    );
  }).length;
  return buildScore(q, right / wanted.length);
};

/** Scoring of matching, gap select and drag-and-drop into text. */
export const scoreGaps = { match, gaps };
