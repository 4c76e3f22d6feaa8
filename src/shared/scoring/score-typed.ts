import type { QuestionOf } from '../domain/question';
import { buildScore } from './build-score';
import { invalidScore } from './invalid-score';
import { parseNumericResponse } from './parse-numeric-response';
import type { QuestionResponse } from './question-response';
import type { ScoreResult } from './score-result';
import { wildcardMatch } from './wildcard-match';

/** PHP's `precision` (14): Moodle widens every tolerance by 1e-14 (MDL-3225). */
const EPSILON = 1e-14;

/** The first answer, in order, that the response matches. */
const shortanswer = (q: QuestionOf<'shortanswer'>, r: QuestionResponse): ScoreResult => {
  if (typeof r.answer !== 'string' || r.answer.trim() === '') return invalidScore(q);
  const response = r.answer;
  const answer = q.answers.find((a) => wildcardMatch(response, a.text, q.caseSensitive));
  return answer ? buildScore(q, answer.fraction, [answer.feedback]) : buildScore(q, 0);
};

const within = (value: number, answer: string, tolerance: number): boolean => {
  if (answer === '*') return true;
  const nominal = Number(answer);
  const width = Math.abs(tolerance) + EPSILON;
  return nominal - width <= value && value <= nominal + width;
};

/**
 * The first answer whose nominal interval (edges included) holds the value; with a known unit the
 * value is first converted to the main unit. A missing or wrong unit costs the unit penalty, of
 * the response's grade or of the whole mark.
 */
const numerical = (q: QuestionOf<'numerical'>, r: QuestionResponse): ScoreResult => {
  if (typeof r.answer !== 'string') return invalidScore(q);
  const separate = q.showUnits === 'radio' || q.showUnits === 'select';
  const parsed = parseNumericResponse(r.answer, q.unitsLeft && !separate);
  if (!parsed) return invalidScore(q);
  const unitName = separate ? (r.unit ?? '') : parsed.unit;
  if (!separate && unitName !== '' && q.showUnits === 'none') return invalidScore(q);
  const unit = q.units.find((u) => u.name === unitName);
  const multiplier = unit ? 1 / unit.multiplier : null;
  const scaled = multiplier === null ? parsed.value : parsed.value * multiplier;
  let unitRight = multiplier !== null;
  const answer = q.answers.find((a) => {
    if (within(scaled, a.value, a.tolerance)) return true;
    if (multiplier !== null && within(parsed.value, a.value, a.tolerance)) {
      unitRight = false;
      return true;
    }
    return false;
  });
  if (!answer) return buildScore(q, 0);
  let fraction = answer.fraction;
  if (!unitRight && q.units.length > 0 && q.showUnits !== 'none') {
    if (q.unitGrading === 'response') fraction -= q.unitPenalty * fraction;
    if (q.unitGrading === 'question') fraction -= q.unitPenalty;
  }
  return buildScore(q, Math.max(0, fraction), [answer.feedback]);
};

/** Scoring of short-answer and numerical questions. */
export const scoreTyped = { shortanswer, numerical };
