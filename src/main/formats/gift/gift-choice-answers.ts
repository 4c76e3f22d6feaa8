import { giftEscape } from './gift-escape';
import { giftCommentSplit } from './gift-comment-split';
import type { GiftAnswerContext, GiftAnswersResult } from './gift-draft';
import { giftTextFormat } from './gift-text-format';
import { giftWeight } from './gift-weight';
import { php } from './php-string';

const dropEmptyFirst = (answers: string[]): string[] => {
  const [first, ...rest] = answers;
  return first === undefined || php.empty(php.trim(first)) ? rest : [php.trim(first), ...rest];
};

/** `{=right ~wrong ~%50%half}`: one answer when there is a `=`, several otherwise. */
const multichoice = ({ answerText, format }: GiftAnswerContext): GiftAnswersResult => {
  const single = answerText.includes('=');
  const answers = dropEmptyFirst(answerText.replaceAll('=', '~=').split('~'));
  if (answers.length < 2) return { ok: false, code: 'not-enough-answers', detail: '' };
  const parsed = [];
  for (const raw of answers) {
    let answer = php.trim(raw);
    let fraction = 0;
    const weighted = giftWeight(answer);
    if (answer.startsWith('=')) {
      fraction = 1;
      answer = answer.slice(1);
    } else if (weighted) {
      if (Number.isNaN(weighted.weight)) return { ok: false, code: 'weight-invalid', detail: raw };
      fraction = weighted.weight;
      answer = weighted.rest;
    }
    const [text, feedback] = giftCommentSplit(answer, format);
    parsed.push({ text, fraction, feedback });
  }
  return {
    ok: true,
    draft: {
      type: 'multichoice',
      single,
      shuffleAnswers: true,
      answerNumbering: 'abc',
      showStandardInstruction: false,
      answers: parsed,
    },
    warnings: [],
  };
};

/** `{=stem -> answer = -> distractor}`. */
const match = ({ answerText, format }: GiftAnswerContext): GiftAnswersResult => {
  const answers = dropEmptyFirst(answerText.split('='));
  if (answers.length < 2) return { ok: false, code: 'not-enough-answers', detail: '' };
  const subquestions = [];
  for (const raw of answers) {
    const answer = php.trim(raw);
    const marker = answer.indexOf('->');
    if (marker < 0) {
      return { ok: false, code: 'matching-format', detail: giftEscape.restore(answer) };
    }
    const text = giftTextFormat.read(php.trim(answer.slice(0, marker)), format);
    subquestions.push({
      text: { text: text.text, format: text.format, files: [] },
      answer: php.trim(giftEscape.restore(answer.slice(marker + 2))),
    });
  }
  return { ok: true, draft: { type: 'match', shuffleAnswers: true, subquestions }, warnings: [] };
};

/** `{T#feedback when wrong#feedback when right}`. */
const truefalse = ({ answerText, format }: GiftAnswerContext): GiftAnswersResult => {
  const [answer, wrong, right] = giftCommentSplit(answerText, format, 3);
  const correctAnswer = answer?.text === 'T' || answer?.text === 'TRUE';
  return {
    ok: true,
    draft: {
      type: 'truefalse',
      penalty: 1,
      correctAnswer,
      feedbackTrue: correctAnswer ? right : wrong,
      feedbackFalse: correctAnswer ? wrong : right,
    },
    warnings: [],
  };
};

/** Readers of the answer part of multichoice, matching and true/false questions. */
export const giftChoiceAnswers = { multichoice, match, truefalse };
