import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf } from '../../../../src/shared/domain/question';
import { newQuestion } from '../../../../src/renderer/components/question-editor/new-question';
import { validateQuestion } from '../../../../src/renderer/components/question-editor/validate-question';

const ids = { id: 'q1', categoryId: 'c1' };
const html = (text: string) => ({ format: 'html' as const, text, files: [] });
const keys = (q: Question) => validateQuestion(q).map((p) => `${p.field}:${p.key}`);

const ordering = (items: string[], patch: Partial<QuestionOf<'ordering'>> = {}) => {
  const q = newQuestion('ordering', ids, 'Étapes');
  if (q.type !== 'ordering') throw new Error('not ordering');
  return { ...q, text: html('Remettez dans l’ordre'), items: items.map(html), ...patch };
};
const ddwtos = (text: string, choices: string[]) => {
  const q = newQuestion('ddwtos', ids, 'Phrase');
  if (q.type !== 'ddwtos') throw new Error('not ddwtos');
  return {
    ...q,
    text: html(text),
    choices: choices.map((c) => ({ text: c, group: 1, infinite: false })),
  };
};

describe('new ordering and ddwtos questions', () => {
  it('start with Moodle’s form defaults', () => {
    const q = newQuestion('ordering', ids);
    expect(q).toMatchObject({
      type: 'ordering',
      layoutType: 'VERTICAL',
      selectType: 'ALL',
      selectCount: 2,
      gradingType: 'ABSOLUTE_POSITION',
      showGrading: 'SHOW',
      numberingStyle: 'none',
    });
    expect(newQuestion('ddwtos', ids)).toMatchObject({
      type: 'ddwtos',
      shuffleAnswers: true,
      choices: [{ text: '', group: 1, infinite: false }],
    });
  });

  it('are not saved empty', () => {
    expect(keys(newQuestion('ordering', ids))).toEqual([
      'name:questions.errors.nameRequired',
      'text:questions.errors.textRequired',
      'items:quizDesign.errors.emptyItem',
    ]);
    expect(keys(newQuestion('ddwtos', ids))).toContain('text:questions.errors.noGap');
  });
});

describe('validateQuestion: ordering (edit_ordering_form)', () => {
  it('accepts two different items or more', () => {
    expect(keys(ordering(['Observer', 'Analyser', 'Réguler']))).toEqual([]);
  });

  it('needs two items, each with a text', () => {
    expect(keys(ordering(['Observer']))).toEqual(['items:quizDesign.errors.twoItems']);
    expect(keys(ordering(['Observer', '  ']))).toEqual(['items:quizDesign.errors.emptyItem']);
  });

  it('refuses the same text twice (trimmed), naming both items', () => {
    const problems = validateQuestion(ordering(['Observer', 'Analyser', ' Observer ']));
    expect(problems).toEqual([
      {
        field: 'items',
        key: 'quizDesign.errors.duplicateItem',
        values: { n: 3, first: 1 },
      },
    ]);
  });

  it('needs a subset of two items at least when a subset is drawn', () => {
    const items = ['A', 'B', 'C'];
    expect(keys(ordering(items, { selectType: 'RANDOM', selectCount: 1 }))).toEqual([
      'selectCount:quizDesign.errors.subsetSize',
    ]);
    expect(keys(ordering(items, { selectType: 'CONTIGUOUS', selectCount: 2 }))).toEqual([]);
    expect(keys(ordering(items, { selectType: 'ALL', selectCount: 0 }))).toEqual([]);
    expect(keys(ordering(items, { selectType: null, selectCount: 0 }))).toEqual([]);
  });
});

describe('validateQuestion: drag and drop into text', () => {
  it('accepts every [[n]] with a choice n, distractors beyond', () => {
    expect(keys(ddwtos('Le [[1]] mange la [[2]].', ['chat', 'souris', 'lune']))).toEqual([]);
  });

  it('needs a place in the text', () => {
    expect(keys(ddwtos('Sans place.', ['chat']))).toEqual(['text:questions.errors.noGap']);
  });

  it('names the place whose choice is missing or empty', () => {
    const problems = validateQuestion(ddwtos('Le [[1]] et la [[3]].', ['chat', 'souris', ' ']));
    expect(problems).toEqual([
      { field: 'choices', key: 'questions.errors.gapChoice', values: { n: 3 } },
    ]);
    expect(keys(ddwtos('Le [[4]].', ['chat']))).toEqual(['choices:questions.errors.gapChoice']);
  });
});
