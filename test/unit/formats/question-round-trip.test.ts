import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/shared/domain/question';
import type { QuestionCategory } from '../../../src/shared/domain/question-category';
import { parseGift } from '../../../src/main/formats/gift/parse-gift';
import { writeGift } from '../../../src/main/formats/gift/write-gift';
import { parseMoodleXml } from '../../../src/main/formats/moodle-xml/parse-moodle-xml';
import { writeMoodleXml } from '../../../src/main/formats/moodle-xml/write-moodle-xml';
import { giftQuestionArbitrary } from './question-arbitrary';

const category: QuestionCategory = {
  id: 'c',
  parentId: null,
  name: 'Banque — été / 2',
  info: { text: '', format: 'html', files: [] },
  idnumber: null,
  context: 'course',
};
const anonymous = (questions: Question[]) =>
  questions.map((q) => ({ ...q, id: 'q', categoryId: 'c' }));

describe('round trips (U2)', () => {
  it('GIFT: writeGift then parseGift gives the same questions', () => {
    fc.assert(
      fc.property(fc.array(giftQuestionArbitrary, { minLength: 1, maxLength: 5 }), (questions) => {
        const { text, report } = writeGift(questions, [category]);
        expect(report.skipped).toEqual([]);
        const back = parseGift(text);
        expect(back.report.errors).toEqual([]);
        expect(back.categories.map((c) => c.name)).toEqual([category.name]);
        expect(anonymous(back.questions)).toEqual(anonymous(questions));
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('Moodle XML: writeMoodleXml then parseMoodleXml gives the same questions', () => {
    fc.assert(
      fc.property(fc.array(giftQuestionArbitrary, { minLength: 1, maxLength: 5 }), (questions) => {
        const { text } = writeMoodleXml(questions, [category], () => undefined);
        const back = parseMoodleXml(text);
        expect(back.report.errors).toEqual([]);
        expect(anonymous(back.questions)).toEqual(anonymous(questions));
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
