import type { Question, QuestionOf } from '../../../shared/domain/question';
import { parseClozeParts } from '../../../shared/domain/question-cloze-parts';
import { numericalValueSchema } from '../../../shared/domain/question-typed-types';

/** A reason a question cannot be saved, as an i18n key, and the field it belongs to. */
export interface QuestionProblem {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

const EPSILON = 0.0000001;
const full = (fractions: number[]) => fractions.some((f) => f > 1 - EPSILON);

/** Moodle's checks of edit_ordering_form: two items at least, no twice the same, a subset of 2+. */
const orderingProblems = (q: QuestionOf<'ordering'>): QuestionProblem[] => {
  const texts = q.items.map((item) => item.text.trim());
  const problems: QuestionProblem[] = [];
  if (texts.some((text) => text === ''))
    problems.push({ field: 'items', key: 'quizDesign.errors.emptyItem' });
  else if (texts.length < 2) problems.push({ field: 'items', key: 'quizDesign.errors.twoItems' });
  const twice = texts.findIndex((text, i) => text !== '' && texts.indexOf(text) !== i);
  if (twice !== -1)
    problems.push({
      field: 'items',
      key: 'quizDesign.errors.duplicateItem',
      values: { n: twice + 1, first: texts.indexOf(texts[twice] ?? '') + 1 },
    });
  if (q.selectType !== null && q.selectType !== 'ALL' && q.selectCount < 2)
    problems.push({ field: 'selectCount', key: 'quizDesign.errors.subsetSize' });
  return problems;
};

const byType = (q: Question): QuestionProblem[] => {
  switch (q.type) {
    case 'multichoice': {
      const filled = q.answers.filter((a) => a.text.text.trim() !== '');
      if (filled.length < 2) return [{ field: 'answers', key: 'questions.errors.twoAnswers' }];
      if (q.single && !full(filled.map((a) => a.fraction)))
        return [{ field: 'answers', key: 'questions.errors.oneFullAnswer' }];
      const positive = filled.reduce((s, a) => s + Math.max(0, a.fraction), 0);
      if (!q.single && Math.abs(positive - 1) > 0.0001)
        return [{ field: 'answers', key: 'questions.errors.sumToOne' }];
      return [];
    }
    case 'shortanswer':
      if (q.answers.some((a) => a.text.trim() === ''))
        return [{ field: 'answers', key: 'questions.errors.emptyAnswer' }];
      return full(q.answers.map((a) => a.fraction))
        ? []
        : [{ field: 'answers', key: 'questions.errors.oneFullAnswer' }];
    case 'numerical':
      if (q.answers.some((a) => !numericalValueSchema.safeParse(a.value).success))
        return [{ field: 'answers', key: 'questions.errors.numericalValue' }];
      if (q.units.some((u) => u.name.trim() === ''))
        return [{ field: 'units', key: 'questions.errors.unitName' }];
      return full(q.answers.map((a) => a.fraction))
        ? []
        : [{ field: 'answers', key: 'questions.errors.oneFullAnswer' }];
    case 'match': {
      const stems = q.subquestions.filter((s) => s.text.text.trim() !== '');
      if (stems.length < 2 || q.subquestions.length < 3)
        return [{ field: 'subquestions', key: 'questions.errors.matchCount' }];
      return stems.some((s) => s.answer.trim() === '')
        ? [{ field: 'subquestions', key: 'questions.errors.matchAnswer' }]
        : [];
    }
    case 'gapselect':
    case 'ddwtos': {
      const gaps = [...q.text.text.matchAll(/\[\[(\d+)\]\]/g)].map((m) => Number(m[1]));
      if (gaps.length === 0) return [{ field: 'text', key: 'questions.errors.noGap' }];
      const missing = gaps.find((n) => (q.choices[n - 1]?.text.trim() ?? '') === '');
      return missing === undefined
        ? []
        : [{ field: 'choices', key: 'questions.errors.gapChoice', values: { n: missing } }];
    }
    case 'multianswer':
      return parseClozeParts(q.text.text).length === 0
        ? [{ field: 'text', key: 'questions.errors.noClozePart' }]
        : [];
    case 'essay':
      return q.minWordLimit !== null && q.maxWordLimit !== null && q.minWordLimit > q.maxWordLimit
        ? [{ field: 'maxWordLimit', key: 'questions.errors.wordLimits' }]
        : [];
    case 'ordering':
      return orderingProblems(q);
    case 'truefalse':
    case 'description':
    case 'kept':
      return [];
  }
};

/** What keeps a question from being saved, the way Moodle's question form checks it. */
export const validateQuestion = (q: Question): QuestionProblem[] => [
  ...(q.name.trim() === '' ? [{ field: 'name', key: 'questions.errors.nameRequired' }] : []),
  ...(q.text.text.trim() === '' ? [{ field: 'text', key: 'questions.errors.textRequired' }] : []),
  ...byType(q),
];
