import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import { parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { fixture, readBank, writeBank } from './bank-harness';
import { readQuiz, writeQuiz } from './quiz-harness';

type Quiz = Extract<Activity, { type: 'quiz' }>;

const bank = readBank(fixture('ref-4.5-questions.xml'));
const [courseCategory] = bank.categories;
const [first, second, third] = bank.questions;
const written = writeBank(bank);

const makeQuiz = (fields: Record<string, unknown>): Quiz =>
  activitySchema.parse({
    id: 'q',
    title: 'Quiz fait dans Atelier',
    type: 'quiz',
    ...fields,
  }) as Quiz;
const fixed = (id: string, questionId: string, page: number) => ({
  id,
  page,
  maxMark: 1,
  requirePrevious: false,
  question: { kind: 'fixed' as const, questionId },
});
const quizNode = (xml: string): XmlNode =>
  mbzNode.child(mbzNode.child(parseMbzXml(xml, 'quiz.xml'), 'activity'), 'quiz');

describe('a quiz made in Atelier', () => {
  it('gets Moodle 4.5’s values for what the model does not map', () => {
    const quiz = makeQuiz({});
    const node = quizNode(writeQuiz(quiz, written.result).xml);
    const reference = quizNode(fixture('ref-4.5-quiz.xml'));
    for (const key of ['timeopen', 'timeclose', 'password', 'subnet', 'browsersecurity'])
      expect(mbzNode.str(node, key), key).toBe(mbzNode.str(reference, key));
    const order = (n: XmlNode) => Object.keys(n).filter((k) => !/^[@#]/.test(k));
    expect(order(node)).toEqual(order(reference));
  });

  it('writes the overall feedback bands as Moodle computes their grades, with their files', () => {
    const image = { name: 'bravo.png', path: '/', mediaId: 'bravo' };
    const quiz = makeQuiz({
      maxGrade: 20,
      overallFeedback: [
        { minGradePercent: 0, text: { format: 'html', text: '<p>Revoir</p>', files: [] } },
        {
          minGradePercent: 80,
          text: { format: 'html', text: '<img src="@@PLUGINFILE@@/bravo.png">', files: [image] },
        },
        { minGradePercent: 50, text: { format: 'plain', text: 'Bien', files: [] } },
      ],
    });
    const { xml, result, files } = writeQuiz(quiz, written.result);
    const rows = mbzNode.list(mbzNode.child(quizNode(xml), 'feedbacks'), 'feedback');
    expect(
      rows.map((r) => [
        mbzNode.str(r, 'mingrade'),
        mbzNode.str(r, 'maxgrade'),
        mbzNode.str(r, 'feedbacktextformat'),
      ]),
    ).toEqual([
      ['16.00000', '21.00000', '1'],
      ['10.00000', '16.00000', '2'],
      ['0.00000', '10.00000', '1'],
    ]);
    const record = files.records().find((r) => r.fileName === 'bravo.png');
    expect(record).toMatchObject({
      component: 'mod_quiz',
      fileArea: 'feedback',
      contextId: 39,
      itemId: mbzNode.id(rows[0] ?? {}),
    });
    expect(result.fileIds).toContain(record?.id);
    const back = readQuiz(xml, readBank(written.xml)).quiz;
    expect(back.overallFeedback.map((b) => b.minGradePercent)).toEqual([80, 50, 0]);
  });

  it('writes random slot tags for 4.5 only, and leaves out slots whose question is not in the bank', () => {
    const quiz = makeQuiz({
      slots: [
        fixed('s1', first?.id ?? '', 1),
        fixed('s2', 'not-in-bank', 2),
        fixed('s3', second?.id ?? '', 3),
        {
          id: 's4',
          page: 3,
          maxMark: 2,
          requirePrevious: false,
          question: {
            kind: 'random',
            categoryId: courseCategory?.id ?? '',
            includeSubcategories: true,
            tags: ['cycle 3'],
          },
        },
      ],
      sections: [
        { firstSlot: 1, heading: 'A', shuffleQuestions: false },
        { firstSlot: 2, heading: 'B', shuffleQuestions: true },
      ],
    });
    const category = written.result.categories.get(courseCategory?.id ?? '')?.id;
    const filter = (xml: string) =>
      /<filtercondition>(.*)<\/filtercondition>/.exec(xml)?.[1]?.replaceAll('&quot;', '"');
    expect(filter(writeQuiz(quiz, written.result, '4.5').xml)).toBe(
      `{"questioncategoryid":${String(category)},"includingsubcategories":1,"tags":["0,cycle 3"]}`,
    );
    const { xml } = writeQuiz(quiz, written.result, '4.1');
    expect(filter(xml)).toBe(
      `{"questioncategoryid":${String(category)},"includingsubcategories":1}`,
    );
    const node = quizNode(xml);
    const slots = mbzNode.list(mbzNode.child(node, 'question_instances'), 'question_instance');
    expect(slots.map((s) => [mbzNode.str(s, 'slot'), mbzNode.str(s, 'page')])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '2'],
    ]);
    expect(
      mbzNode
        .list(mbzNode.child(node, 'sections'), 'section')
        .map((s) => [mbzNode.str(s, 'firstslot'), mbzNode.str(s, 'heading')]),
    ).toEqual([
      ['1', 'A'],
      ['2', 'B'],
    ]);
    expect(mbzNode.str(node, 'sumgrades')).toBe('4.00000');
    const back = readQuiz(writeQuiz(quiz, written.result, '4.5').xml, readBank(written.xml)).quiz;
    expect(back.slots[2]?.question).toMatchObject({
      kind: 'random',
      includeSubcategories: true,
      tags: ['cycle 3'],
    });
  });

  it('says how the quiz completes in module.xml', () => {
    const fields = (completion: Quiz['completion']) =>
      writeQuiz(makeQuiz({ completion }), written.result).result.moduleFields;
    // The container writes the pass-grade rule; "submitted" is the quiz's "receive a grade".
    expect(fields('submitted')).toEqual({ completiongradeitemnumber: 0 });
    expect(fields('passing-grade')).toBeUndefined();
    expect(fields('none')).toBeUndefined();
  });
});

describe('an imported quiz', () => {
  it('writes back every field it had, the mapped ones from the model', () => {
    const source = fixture('ref-4.5-quiz.xml')
      .replace('<timeopen>0</timeopen>', '<timeopen>1790000000</timeopen>')
      .replace(
        '<subplugin_quizaccess_seb_quiz>\n    </subplugin_quizaccess_seb_quiz>',
        '<subplugin_quizaccess_seb_quiz><quizaccess_seb_quizsettings id="3"><requiresafeexambrowser>1</requiresafeexambrowser></quizaccess_seb_quizsettings></subplugin_quizaccess_seb_quiz><local_extra>x</local_extra>',
      );
    const { quiz } = readQuiz(source, bank);
    expect(quiz.moodle).toMatchObject({ instance: { timeopen: '1790000000', local_extra: 'x' } });
    const edited = {
      ...quiz,
      attempts: 3,
      slots: quiz.slots.filter(
        (s) => s.question.kind === 'fixed' && s.question.questionId === third?.id,
      ),
    };
    const node = quizNode(writeQuiz(edited, written.result).xml);
    expect(mbzNode.str(node, 'timeopen')).toBe('1790000000');
    expect(mbzNode.str(node, 'attempts_number')).toBe('3');
    expect(mbzNode.str(node, 'local_extra')).toBe('x');
    const seb = mbzNode.child(
      mbzNode.child(node, 'subplugin_quizaccess_seb_quiz'),
      'quizaccess_seb_quizsettings',
    );
    expect(mbzNode.str(seb, 'requiresafeexambrowser')).toBe('1');
    // Every column before the first element with rows, or Moodle would read the quiz in two chunks.
    const keys = Object.keys(node).filter((k) => !/^[@#]/.test(k));
    const children = keys.indexOf('subplugin_quizaccess_seb_quiz');
    expect(keys.slice(children)).toEqual([
      'subplugin_quizaccess_seb_quiz',
      'quiz_grade_items',
      'question_instances',
      'sections',
      'feedbacks',
      'overrides',
      'grades',
      'attempts',
    ]);
    expect(keys).toContain('local_extra');
    expect(mbzNode.str(node, 'sumgrades')).toBe('1.00000');
  });
});
