import { describe, expect, it } from 'vitest';
import { buildMbzXml, parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import { fixture, readBank, referenceFiles, writeBank } from './bank-harness';
import { readQuiz, writeQuiz } from './quiz-harness';
import { quizView } from './quiz-view';

const REFERENCES = [
  { target: '4.5', course: 31, image: 8, quizContext: 39 },
  { target: '4.1', course: 34, image: 9, quizContext: 42 },
] as const;

const ONLY_45 = ['reviewmaxmarks', 'quiz_grade_items', 'displaynumber', 'quizgradeitemid'];

describe.each(REFERENCES)(
  'the reference quiz ($target)',
  ({ target, course, image, quizContext }) => {
    const questionsXml = fixture(`ref-${target}-questions.xml`);
    const quizXml = fixture(`ref-${target}-quiz.xml`);
    const bank = readBank(questionsXml, referenceFiles(course, image));
    const { quiz, notes } = readQuiz(quizXml, bank, quizContext);

    it('reads every setting, the 9 slots and what the model does not map', () => {
      expect(notes).toEqual([]);
      expect(quiz).toMatchObject({
        attempts: 2,
        maxGrade: 20,
        questionsPerPage: 2,
        gracePeriodMinutes: 1440,
        timeLimitMinutes: null,
        gradeMethod: 'highest',
        navMethod: 'free',
        preferredBehaviour: 'deferredfeedback',
        overallFeedback: [],
        sections: [{ firstSlot: 1, heading: '', shuffleQuestions: false }],
      });
      expect(quiz.review.overallFeedback).toEqual({
        duringAttempt: false,
        immediatelyAfter: true,
        laterWhileOpen: true,
        afterClose: true,
      });
      const names = quiz.slots.map((s) =>
        s.question.kind === 'fixed'
          ? bank.questions.find(
              (q) => q.id === (s.question.kind === 'fixed' ? s.question.questionId : ''),
            )?.name
          : `random: ${bank.categories.find((c) => c.id === (s.question.kind === 'random' ? s.question.categoryId : ''))?.name ?? ''}`,
      );
      expect(names).toEqual([
        "QCM — fonction de l'évaluation",
        'QCM (réponses multiples) — outils',
        'Vrai/Faux — la note',
        'Réponse courte — sigle',
        'Numérique — cycles',
        "Appariement — types d'évaluation",
        'Composition — votre pratique',
        'V/F dans le contexte du quiz',
        'random: Séquence 2 — questions',
      ]);
      expect(quiz.slots.map((s) => s.page)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5]);
      const moodle = quiz.moodle ?? {};
      expect(Object.keys(moodle['instance'] ?? {}).sort()).toEqual(
        ['browsersecurity', 'password', 'subnet', 'timeclose', 'timeopen'].sort(),
      );
      expect(Object.keys(moodle['quizChildren'] ?? {})).toEqual([
        'subplugin_quizaccess_seb_quiz',
        ...(target === '4.5' ? ['quiz_grade_items'] : []),
      ]);
    });

    it('writes back what restore reads, every slot pointing at the same question', () => {
      const written = writeBank(bank, target);
      const { xml } = writeQuiz(quiz, written.result, target);
      expect(quizView(xml, written.xml)).toEqual(quizView(quizXml, questionsXml));
      for (const name of ONLY_45) expect(xml.includes(`<${name}>`), name).toBe(target === '4.5');
    });

    it('writes the random slot in the 4.1 form, its category in the written bank', () => {
      const written = writeBank(bank, target);
      const { xml, result } = writeQuiz(quiz, written.result, target);
      const filter = /<filtercondition>(.*)<\/filtercondition>/
        .exec(xml)?.[1]
        ?.replaceAll('&quot;', '"');
      const category = written.result.categories.get(bank.categories[0]?.id ?? '');
      expect(filter).toBe(
        `{"questioncategoryid":${String(category?.id)},"includingsubcategories":0}`,
      );
      expect(result.questionCategoryIds).toEqual([category?.id]);
      expect(written.result.categoryIds).toContain(category?.id);
      const entries = [...xml.matchAll(/<questionbankentryid>(\d+)</g)].map((m) => Number(m[1]));
      expect(entries).toHaveLength(8);
      expect(entries.every((id) => [...written.result.entryIds.values()].includes(id))).toBe(true);
    });

    it('reads back the quiz it wrote', () => {
      const written = writeBank(bank, target);
      const again = readBank(written.xml);
      const back = readQuiz(writeQuiz(quiz, written.result, target).xml, again, 39).quiz;
      const names = (q: typeof quiz, b: typeof bank) =>
        q.slots.map((s) =>
          s.question.kind === 'fixed'
            ? b.questions.find((x) => s.question.kind === 'fixed' && x.id === s.question.questionId)
                ?.name
            : 'random',
        );
      expect(names(back, again)).toEqual(names(quiz, bank));
      const settings = (q: typeof quiz) => ({ ...q, slots: [], moodle: null });
      expect(settings(back)).toEqual(settings(quiz));
    });
  },
);

describe('the quiz grade item', () => {
  it('has the reference grades.xml fields (the container sets id, category and order)', () => {
    const reference = mbzNode.child(
      mbzNode.child(
        mbzNode.child(
          parseMbzXml(fixture('ref-4.5-quiz-grades.xml'), 'grades.xml'),
          'activity_gradebook',
        ),
        'grade_items',
      ),
      'grade_item',
    );
    const bank = readBank(fixture('ref-4.5-questions.xml'));
    const { quiz } = readQuiz(fixture('ref-4.5-quiz.xml'), bank, 39, [reference]);
    expect(quiz.gradeToPass).toBeNull();
    const written = writeBank(bank);
    const built = writeQuiz({ ...quiz, moodle: null }, written.result).result.gradeItems?.[0] ?? {};
    const item = mbzNode.child(
      parseMbzXml(buildMbzXml('grade_item', built), 'grades.xml'),
      'grade_item',
    );
    const ignored = new Set([
      'categoryid',
      'aggregationcoef2',
      'sortorder',
      'timecreated',
      'timemodified',
      'grade_grades',
    ]);
    const elements = (node: Record<string, unknown>) =>
      Object.keys(node).filter((k) => !/^[@#]/.test(k));
    const fields = (node: Record<string, unknown>) =>
      Object.fromEntries(
        elements(node)
          .filter((k) => !ignored.has(k))
          .map((k) => [k, node[k]]),
      );
    expect(elements(item)).toEqual(elements(reference));
    expect(fields(item)).toEqual(fields(reference));
    const passing = writeQuiz({ ...quiz, gradeToPass: 12.5 }, written.result).result
      .gradeItems?.[0];
    expect(passing?.['gradepass']).toBe('12.50000');
    const pass = { ...reference, gradepass: '12.50000' };
    expect(readQuiz(fixture('ref-4.5-quiz.xml'), bank, 39, [pass]).quiz.gradeToPass).toBe(12.5);
  });
});
