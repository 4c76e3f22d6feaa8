import type { QuestionTextFormat } from '../../../shared/domain/question-text';
import type { QuestionIssueCode } from '../../../shared/domain/question-import-report';
import { giftChoiceAnswers } from './gift-choice-answers';
import { giftDefaultName } from './gift-default-name';
import type { GiftAnswerContext, GiftAnswersResult, GiftDraft } from './gift-draft';
import { giftEscape } from './gift-escape';
import { giftOrderingAnswers } from './gift-ordering-answers';
import { giftTextFormat } from './gift-text-format';
import { giftTypedAnswers } from './gift-typed-answers';
import { php } from './php-string';

type Warning = { code: QuestionIssueCode; detail: string };

/** What one GIFT block is: a category switch, a question draft, or a refused question. */
export type GiftBlockResult =
  | { kind: 'empty' }
  | { kind: 'category'; path: string }
  | { kind: 'question'; name: string; draft: GiftDraft; warnings: Warning[] }
  | { kind: 'error'; name: string | null; code: QuestionIssueCode; detail: string };

const TRUE_FALSE = ['T', 'TRUE', 'F', 'FALSE'];

const readerFor = (answerText: string): ((ctx: GiftAnswerContext) => GiftAnswersResult) => {
  if (answerText.startsWith('>')) return giftOrderingAnswers;
  if (answerText.startsWith('#')) return giftTypedAnswers.numerical;
  if (answerText.includes('~')) return giftChoiceAnswers.multichoice;
  if (answerText.includes('=') && answerText.includes('->')) return giftChoiceAnswers.match;
  const hash = answerText.indexOf('#');
  const check = hash > 0 ? php.trim(answerText.slice(0, hash)) : answerText;
  return TRUE_FALSE.includes(check) ? giftChoiceAnswers.truefalse : giftTypedAnswers.shortanswer;
};

const splitName = (text: string): { name: string | null; text: string } => {
  if (!text.startsWith('::')) return { name: null, text };
  const rest = text.slice(2);
  const end = rest.indexOf('::');
  if (end < 0) return { name: null, text: rest };
  const name = php.trim(giftEscape.restore(rest.slice(0, end)));
  return { name, text: php.trim(rest.slice(end + 2)) };
};

/** Reads one GIFT question block, following Moodle 4.5's `qformat_gift::readquestion`. */
export const parseGiftBlock = (lines: string[]): GiftBlockResult => {
  const joined = php.trim(lines.map((line) => (line.startsWith('//') ? ' ' : line)).join('\n'));
  if (joined === '') return { kind: 'empty' };
  const protectedText = giftEscape.protect(joined);
  if (protectedText.startsWith('$CATEGORY:')) {
    return { kind: 'category', path: php.trim(giftEscape.restore(protectedText.slice(10))) };
  }
  const named = splitName(protectedText);
  const text = named.text;
  const start = text.indexOf('{');
  const finish = text.indexOf('}');
  const description = start < 0 && finish < 0;
  if (!description && (start < 0 || finish < 0 || finish < start)) {
    return { kind: 'error', name: named.name, code: 'brace-missing', detail: '' };
  }
  let answerText = description ? '' : php.trim(text.slice(start + 1, finish));
  const questionText = description
    ? text
    : text.slice(0, start) + (text.endsWith('}') ? '' : '_____') + text.slice(finish + 1);
  const separator = answerText.lastIndexOf('####');
  const general = separator >= 0 ? answerText.slice(separator + 4) : '';
  if (separator >= 0) answerText = php.trim(answerText.slice(0, separator));

  const qText = giftTextFormat.read(questionText, 'moodle_auto');
  const format: QuestionTextFormat = qText.format;
  const gText = giftTextFormat.read(general, format);
  const name = named.name ?? giftDefaultName(qText.text);
  const warnings: Warning[] = [];
  if (qText.unknownMarker) {
    warnings.push({ code: 'unknown-format', detail: /^\[[^\]]*\]/.exec(qText.text)?.[0] ?? '' });
  }
  const common = {
    text: { text: qText.text, format, files: [] },
    generalFeedback: { text: gText.text, format: gText.format, files: [] },
  };
  if (description) {
    return {
      kind: 'question',
      name,
      draft: { type: 'description', defaultMark: 0, ...common },
      warnings,
    };
  }
  if (answerText === '') {
    const essay = { type: 'essay', responseFormat: 'editor', responseFieldLines: 15, ...common };
    return { kind: 'question', name, draft: essay, warnings };
  }
  const result = readerFor(answerText)({ answerText, format });
  if (!result.ok) return { kind: 'error', name, code: result.code, detail: result.detail };
  return {
    kind: 'question',
    name,
    draft: { ...result.draft, ...common },
    warnings: [...warnings, ...result.warnings],
  };
};
