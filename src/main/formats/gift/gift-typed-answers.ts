import { giftCommentSplit } from './gift-comment-split';
import type { GiftAnswerContext, GiftAnswersResult } from './gift-draft';
import { giftWeight } from './gift-weight';
import { php } from './php-string';

const dropEmptyFirst = (answers: string[]): string[] => {
  const [first, ...rest] = answers;
  return first === undefined || php.empty(php.trim(first)) ? rest : [php.trim(first), ...rest];
};

const weightOf = (raw: string): { fraction: number; answer: string } | null => {
  const answer = php.trim(raw);
  const weighted = giftWeight(answer);
  if (!weighted) return { fraction: 1, answer };
  if (Number.isNaN(weighted.weight)) return null;
  return { fraction: weighted.weight, answer: weighted.rest };
};

/** `{=answer =%50%other#feedback}`: every answer is worth 100 % unless weighted. */
const shortanswer = ({ answerText, format }: GiftAnswerContext): GiftAnswersResult => {
  const answers = dropEmptyFirst(answerText.split('='));
  if (answers.length < 1) return { ok: false, code: 'not-enough-answers', detail: '' };
  const parsed = [];
  for (const raw of answers) {
    const weighted = weightOf(raw);
    if (!weighted) return { ok: false, code: 'weight-invalid', detail: raw };
    const [text, feedback] = giftCommentSplit(weighted.answer, format);
    parsed.push({ text: text?.text ?? '', fraction: weighted.fraction, feedback });
  }
  return {
    ok: true,
    draft: { type: 'shortanswer', caseSensitive: false, answers: parsed },
    warnings: [],
  };
};

type NumericValue = { value: string; tolerance: string } | { error: string };

const valueOf = (answer: string): NumericValue => {
  const range = answer.indexOf('..');
  if (range > 0) {
    const min = php.trim(answer.slice(0, range));
    const max = php.trim(answer.slice(range + 2));
    if (!php.isNumeric(min) || !php.isNumeric(max)) return { error: answer };
    const value = (Number(max) + Number(min)) / 2;
    return { value: php.float(value), tolerance: php.float(Number(max) - value) };
  }
  const colon = answer.indexOf(':');
  if (colon > 0) {
    return {
      value: php.trim(answer.slice(0, colon)),
      tolerance: php.trim(answer.slice(colon + 1)),
    };
  }
  return { value: php.trim(answer), tolerance: '0' };
};

/** `{#=2016:0#Exact. =%50%2016:1 ~#Non.}`, ranges `{#1..5}` and a catch-all `~` feedback. */
const numerical = ({ answerText, format }: GiftAnswerContext): GiftAnswersResult => {
  let text = answerText.slice(1);
  const tilde = text.indexOf('~');
  const wrongFeedback = tilde >= 0 ? text.slice(tilde) : '';
  if (tilde >= 0) text = text.slice(0, tilde);
  const answers = dropEmptyFirst(text.split('='));
  if (answers.length === 0) return { ok: false, code: 'numerical-no-answer', detail: '' };
  const parsed = [];
  const warnings: { code: 'numerical-any-answer'; detail: string }[] = [];
  for (const raw of answers) {
    const weighted = weightOf(raw);
    if (!weighted) return { ok: false, code: 'weight-invalid', detail: raw };
    const [answer, feedback] = giftCommentSplit(weighted.answer, format);
    const numeric = valueOf(answer?.text ?? '');
    if ('error' in numeric)
      return { ok: false, code: 'numerical-not-a-number', detail: numeric.error };
    if (!php.isNumeric(numeric.tolerance)) {
      return { ok: false, code: 'numerical-not-a-number', detail: numeric.tolerance };
    }
    // Moodle's check assigns instead of comparing: any non-number becomes the catch-all `*`.
    const isNumber = php.isNumeric(numeric.value);
    if (!isNumber) warnings.push({ code: 'numerical-any-answer', detail: numeric.value });
    parsed.push({
      value: isNumber ? php.trim(numeric.value) : '*',
      tolerance: Math.abs(Number(numeric.tolerance)),
      fraction: weighted.fraction,
      feedback,
    });
  }
  if (!php.empty(wrongFeedback)) {
    const [, feedback] = giftCommentSplit(wrongFeedback, format);
    parsed.push({ value: '*', tolerance: 0, fraction: 0, feedback });
  }
  return {
    ok: true,
    draft: {
      type: 'numerical',
      answers: parsed,
      unitPenalty: 1,
      unitGrading: 'none',
      showUnits: 'none',
    },
    warnings,
  };
};

/** Readers of the answer part of short-answer and numerical questions. */
export const giftTypedAnswers = { shortanswer, numerical };
