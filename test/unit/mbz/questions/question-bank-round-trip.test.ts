import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../src/shared/domain/question';
import type { QuestionCategory } from '../../../../src/shared/domain/question-category';
import { bankArbitrary } from './bank-arbitrary';
import { filesOfRecords, readBank, writeBank } from './bank-harness';

/** Categories by name and parent name, the way a round trip can compare them. */
const categoriesOf = (categories: readonly QuestionCategory[]) =>
  categories.map((c) => ({
    ...c,
    id: c.name,
    parentId: categories.find((p) => p.id === c.parentId)?.name ?? null,
  }));

/** Questions in the order a backup lists them (category after category), ids by name. */
const questionsOf = (questions: readonly Question[], categories: readonly QuestionCategory[]) =>
  categories.flatMap((c) =>
    questions
      .filter((q) => q.categoryId === c.id)
      .map((q) => ({ ...q, id: q.name, categoryId: c.name })),
  );

describe('question bank round trip', () => {
  it('write then read gives back the same bank, files included', () => {
    fc.assert(
      fc.property(bankArbitrary, (bank) => {
        const { xml, files, result } = writeBank(bank);
        expect(result.report).toMatchObject({ skipped: [], losses: [], notes: [] });
        const back = readBank(xml, filesOfRecords(files.records()));
        expect(back.report.notes).toEqual([]);
        expect(categoriesOf(back.categories)).toEqual(categoriesOf(bank.categories));
        expect(questionsOf(back.questions, back.categories)).toEqual(
          questionsOf(bank.questions, bank.categories),
        );
        expect([...back.questionIds.keys()].sort()).toEqual([...result.entryIds.values()].sort());
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('gives the same bytes and the same file records for the same bank', () => {
    fc.assert(
      fc.property(bankArbitrary, (bank) => {
        const first = writeBank(bank);
        const second = writeBank(structuredClone(bank));
        expect(second.xml).toBe(first.xml);
        expect(second.files.records()).toEqual(first.files.records());
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
