import type { Question, QuestionType } from '../../../shared/domain/question';
import { questionSchema } from '../../../shared/domain/question';

const html = (text = '') => ({ format: 'html' as const, text, files: [] });

/** The types an author creates from the bank (kept types come from imports only). */
export const CREATABLE_TYPES = [
  'multichoice',
  'truefalse',
  'shortanswer',
  'numerical',
  'match',
  'gapselect',
  'ddwtos',
  'ordering',
  'multianswer',
  'essay',
  'description',
] as const satisfies readonly QuestionType[];
export type CreatableType = (typeof CREATABLE_TYPES)[number];

const SEEDS: Record<CreatableType, Record<string, unknown>> = {
  multichoice: {
    answers: [
      { text: html(), fraction: 1 },
      { text: html(), fraction: 0 },
      { text: html(), fraction: 0 },
    ],
  },
  truefalse: { correctAnswer: true },
  shortanswer: { answers: [{ text: '-', fraction: 1 }] },
  numerical: { answers: [{ value: '0', tolerance: 0, fraction: 1 }] },
  match: {
    subquestions: [
      { text: html(), answer: '' },
      { text: html(), answer: '' },
      { text: html(), answer: '' },
    ],
  },
  gapselect: { choices: [{ text: '', group: 1 }] },
  ddwtos: { choices: [{ text: '', group: 1, infinite: false }] },
  // Moodle's form defaults for a new ordering question (edit_ordering_form.php).
  ordering: {
    items: [html(), html(), html()],
    gradingType: 'ABSOLUTE_POSITION',
    selectCount: 2,
  },
  multianswer: {},
  essay: {},
  description: {},
};

/** A new question of `type` with Moodle's defaults, ready for the editor. */
export const newQuestion = (
  type: CreatableType,
  ids: { id: string; categoryId: string },
  name = '',
): Question => {
  // The schema fills Moodle's defaults; it needs a name (and a short answer's text), which the
  // author then types: the editor's own checks, not the schema, keep an empty one from saving.
  const parsed = questionSchema.parse({ ...ids, type, name: '-', text: html(), ...SEEDS[type] });
  if (parsed.type === 'shortanswer') {
    return { ...parsed, name, answers: parsed.answers.map((a) => ({ ...a, text: '' })) };
  }
  return { ...parsed, name };
};
