import type { GiftAnswerContext, GiftAnswersResult } from './gift-draft';
import { giftEscape } from './gift-escape';
import { php } from './php-string';

const LAYOUTS = ['VERTICAL', 'HORIZONTAL'];
const SELECTS = ['ALL', 'RANDOM', 'CONTIGUOUS'];
const GRADINGS = [
  'ALL_OR_NOTHING',
  'ABSOLUTE_POSITION',
  'RELATIVE_NEXT_EXCLUDE_LAST',
  'RELATIVE_NEXT_INCLUDE_LAST',
  'RELATIVE_ONE_PREVIOUS_AND_NEXT',
  'RELATIVE_ALL_PREVIOUS_AND_NEXT',
  'LONGEST_ORDERED_SUBSET',
  'LONGEST_CONTIGUOUS_SUBSET',
];
const NUMBERINGS = ['none', 'abc', 'ABCD', '123', 'iii', 'IIII'];

/**
 * Moodle 4.5's ordering syntax `{>count [layout] [select] [grading] [SHOW|HIDE] [numbering]` then
 * one item per line. Options left out take the importer's defaults (VERTICAL, RANDOM,
 * RELATIVE_NEXT_EXCLUDE_LAST, SHOW), as Moodle does with the options its own writer drops.
 */
export const giftOrderingAnswers = ({ answerText }: GiftAnswerContext): GiftAnswersResult => {
  const [head = '', ...lines] = answerText.slice(1).split('\n');
  const words = php.trim(head).split(/\s+/);
  const pick = (list: string[], fallback: string): string =>
    words.find((word) => list.includes(word.toUpperCase()))?.toUpperCase() ?? fallback;
  const items = lines
    .map((line) => php.trim(giftEscape.restore(line)))
    .filter((line) => line !== '')
    .map((text) => ({ text, format: 'moodle_auto' as const, files: [] }));
  if (items.length < 2) return { ok: false, code: 'not-enough-answers', detail: '' };
  return {
    ok: true,
    draft: {
      type: 'ordering',
      selectCount: Number.parseInt(words[0] ?? '0', 10) || 0,
      layoutType: pick(LAYOUTS, 'VERTICAL'),
      selectType: pick(SELECTS, 'RANDOM'),
      gradingType: pick(GRADINGS, 'RELATIVE_NEXT_EXCLUDE_LAST'),
      showGrading: pick(['SHOW', 'HIDE'], 'SHOW'),
      numberingStyle: words.find((word) => NUMBERINGS.includes(word)) ?? 'none',
      items,
    },
    warnings: [],
  };
};
