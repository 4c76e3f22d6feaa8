import { describe, expect, it } from 'vitest';
import { fixture, readBank } from './bank-harness';
import { readQuiz } from './quiz-harness';

/** Moodle's own test backups (../shared/reference/moodle/fixtures, README §12). */
const read = (name: string) => {
  const bank = readBank(fixture(`${name}-questions.xml`));
  const quiz = readQuiz(fixture(`${name}-quiz.xml`), bank);
  const categoryName = (id: string) => bank.categories.find((c) => c.id === id)?.name;
  const slots = quiz.quiz.slots.map((s) =>
    s.question.kind === 'fixed'
      ? {
          page: s.page,
          question: bank.questions.find(
            (q) => s.question.kind === 'fixed' && q.id === s.question.questionId,
          )?.name,
        }
      : { page: s.page, randomFrom: categoryName(s.question.categoryId), tags: s.question.tags },
  );
  return { bank, quiz: quiz.quiz, notes: quiz.notes, slots };
};

describe('pre-4.0 and early 4.x layouts', () => {
  it('3.5: categories without questions, in module and course contexts', () => {
    const { bank, slots } = read('backup_moodle2__question_category_35_format');
    expect(bank.categories.map((c) => [c.name, c.context, c.parentId])).toEqual([
      ['Default for Q1', 'module', null],
      ['Default for C101', 'course', null],
    ]);
    expect(bank.report).toEqual({ imported: 0, notes: [] });
    expect(slots).toEqual([]);
  });

  it('3.11: questions without entries, random questions become random slots with their tags', () => {
    const { bank, slots, notes } = read('mod_quiz__moodle_311_quiz');
    expect(bank.questions.map((q) => [q.type, q.name, q.tags])).toEqual([
      ['truefalse', 'First question', ['first question', 'one', 'number one']],
      ['truefalse', 'Second question', ['one', 'number one', 'Second question']],
    ]);
    expect(bank.randoms.size).toBe(3);
    expect(notes).toEqual([]);
    expect(slots).toEqual([
      {
        page: 1,
        randomFrom: 'Default for moodle_311_quiz',
        tags: ['first question', 'one', 'number one'],
      },
      {
        page: 2,
        randomFrom: 'Default for moodle_311_quiz',
        tags: ['first question', 'one', 'number one'],
      },
      {
        page: 3,
        randomFrom: 'Default for moodle_311_quiz',
        tags: ['one', 'number one', 'second question'],
      },
    ]);
  });

  it('2.8: a category with parent 0 and no top, slots by question id', () => {
    const { bank, slots, quiz } = read('mod_quiz__moodle_28_quiz');
    expect(bank.categories.map((c) => [c.name, c.context])).toEqual([
      ['Default for Restored Moodle 2.8 quiz', 'module'],
    ]);
    expect(bank.questions).toHaveLength(2);
    expect(slots).toEqual([
      { page: 1, question: 'TF1' },
      { page: 2, question: 'TF2' },
    ]);
    expect(quiz.sections).toEqual([{ firstSlot: 1, heading: '', shuffleQuestions: false }]);
    expect(quiz.moodle?.['instance']).not.toHaveProperty('shufflequestions');
  });

  it('2.6: the `questions` layout gives slots and pages', () => {
    const { bank, slots } = read('backup_moodle2__availability_26_format');
    expect(bank.categories).toHaveLength(2);
    expect(slots).toEqual([{ page: 1, question: 'The answer is true' }]);
  });

  it('3.1: a random question shared by quizzes, its category outside the file’s tops', () => {
    const { bank, slots, quiz } = read('mod_quiz__pre-40-shared-random-question');
    expect(bank.questions.map((q) => q.type)).toEqual(['multichoice']);
    expect(slots).toEqual([{ page: 1, randomFrom: '01. - jog lényege', tags: [] }]);
    expect(quiz.slots[0]?.maxMark).toBe(0.5);
    expect(quiz.sections[0]).toMatchObject({ shuffleQuestions: true });
    expect(quiz.moodle).toMatchObject({
      instance: { timeopen: '1679897100', subnet: '81.183.193.23.' },
    });
  });

  it('4.2: a random slot in the legacy filter form with tags', () => {
    const { bank, slots } = read('mod_quiz__moodle_42_random_question');
    expect(bank.categories.map((c) => c.name)).toEqual([
      'Default for Random Question Quiz',
      'Random question category',
      'Not random question category',
    ]);
    expect(bank.categories[1]?.parentId).toBe(bank.categories[0]?.id);
    expect(bank.questions.map((q) => [q.name, q.tags])).toEqual([
      ['Random question', ['foo', 'bar']],
      ['Not random question', ['foo']],
    ]);
    expect(slots).toEqual([
      { page: 1, randomFrom: 'Random question category', tags: ['foo', 'bar'] },
    ]);
  });

  it('4.1dev: tagged questions', () => {
    const { bank } = read('backup_moodle2__test_tags_backup');
    expect(bank.questions.map((q) => [q.name, q.tags])).toEqual([
      ['TF1', ['Tag1-TF1', 'Tag2-TF1']],
      ['TF2', ['Tag1-TF2']],
    ]);
  });
});
