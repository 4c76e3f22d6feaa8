import { describe, expect, it } from 'vitest';
import { parseMoodleXml } from '../../../../src/main/formats/moodle-xml/parse-moodle-xml';
import { parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { questionFixture } from '../../../support/core/question-samples';
import {
  COURSE,
  QUIZ_MODULE,
  filesOfRecords,
  fixture,
  readBank,
  referenceFiles,
  withoutIds,
  writeBank,
} from './bank-harness';
import { restoreView } from './restore-view';

/** The reference bank: 4.5 (course context 31, image on question 8) and 4.1 (34, question 9). */
const REFERENCES = [
  { name: 'ref-4.5-questions.xml', files: referenceFiles(31, 8) },
  { name: 'ref-4.1-questions.xml', files: referenceFiles(34, 9) },
] as const;

/** The eight questions of REF-PARCOURS-1, in both the backup and the Moodle XML export. */
const SAME_QUESTIONS = [
  "QCM — fonction de l'évaluation",
  'QCM (réponses multiples) — outils',
  'Vrai/Faux — la note',
  'Réponse courte — sigle',
  'Numérique — cycles',
  "Appariement — types d'évaluation",
  'Composition — votre pratique',
  'V/F dans le contexte du quiz',
];

/** Media ids differ between readers (files.xml here, base64 there): compare names and paths. */
const sameMedia = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replace(/"mediaId":"[^"]*"/g, '"mediaId":"m"'));

const byName = <T extends { name: string }>(items: readonly T[], name: string): T | undefined =>
  items.find((item) => item.name === name);

describe.each(REFERENCES)('the reference bank $name', ({ name, files }) => {
  const source = fixture(name);
  const bank = readBank(source, files);

  it('reads 2 categories and 8 questions, as the Moodle XML reader reads them', () => {
    expect(bank.report).toEqual({ imported: 8, notes: [] });
    expect(bank.categories.map((c) => [c.name, c.idnumber, c.context, c.parentId])).toEqual([
      ['Séquence 2 — questions', 'ref-qcat-s2', 'course', null],
      ["Default for Quiz : évaluer, c'est quoi ?", null, 'module', null],
    ]);
    const xml = parseMoodleXml(questionFixture('ref-questions-4.5.xml'));
    expect(bank.questions.map((q) => q.name).sort()).toEqual([...SAME_QUESTIONS].sort());
    for (const question of SAME_QUESTIONS) {
      const fromBackup = byName(bank.questions, question);
      const fromXml = byName(xml.questions, question);
      expect(fromBackup, question).toBeDefined();
      expect(sameMedia(withoutIds(fromBackup ? [fromBackup] : [])), question).toEqual(
        sameMedia(withoutIds(fromXml ? [fromXml] : [])),
      );
    }
    const image = bank.questions[0]?.text.files;
    expect(image).toEqual([{ name: 'schéma-démarche.png', path: '/', mediaId: 'schema' }]);
  });

  it('writes back what restore reads, field by field (ids, stamps and times aside)', () => {
    const { xml } = writeBank(bank);
    expect(restoreView(xml)).toEqual(restoreView(source));
  });

  it('keeps every reference consistent: contexts, parents, entries, files', () => {
    const { result, xml, files } = writeBank(bank);
    const root = mbzNode.child(parseMbzXml(xml, 'questions.xml'), 'question_categories');
    const categories = mbzNode.list(root, 'question_category');
    const ids = new Set(categories.map((c) => mbzNode.id(c)));
    expect([...ids]).toEqual(result.categoryIds);
    const contexts = new Map(
      categories.map((c) => [mbzNode.id(c), mbzNode.num(c, 'contextid', 0)]),
    );
    for (const c of categories) {
      const parent = mbzNode.num(c, 'parent', -1);
      expect(parent === 0 || ids.has(parent)).toBe(true);
      if (parent !== 0) expect(contexts.get(parent)).toBe(mbzNode.num(c, 'contextid', 0));
      const level = mbzNode.num(c, 'contextlevel', 0);
      expect([
        level,
        mbzNode.num(c, 'contextid', 0),
        mbzNode.num(c, 'contextinstanceid', 0),
      ]).toEqual(
        level === 50
          ? [50, COURSE.courseContextId, COURSE.courseId]
          : [70, QUIZ_MODULE.contextId, QUIZ_MODULE.cmid],
      );
      for (const entry of mbzNode.list(
        mbzNode.child(c, 'question_bank_entries'),
        'question_bank_entry',
      ))
        expect(mbzNode.num(entry, 'questioncategoryid', 0)).toBe(mbzNode.id(c));
    }
    const entries = categories.flatMap((c) =>
      mbzNode
        .list(mbzNode.child(c, 'question_bank_entries'), 'question_bank_entry')
        .map((e) => mbzNode.id(e)),
    );
    expect([...result.entryIds.values()].every((id) => entries.includes(id))).toBe(true);
    expect(result.entryIds.size).toBe(8);
    const records = files.records();
    expect(result.fileIds.every((id) => records.some((r) => r.id === id))).toBe(true);
    const image = records.find((r) => r.fileName === 'schéma-démarche.png');
    const course = result.categories.get(bank.categories[0]?.id ?? '');
    expect(image).toMatchObject({
      component: 'question',
      fileArea: 'questiontext',
      contextId: course?.contextId,
    });
    // The image's item is the question that holds it.
    const holder = categories
      .flatMap((c) =>
        mbzNode.list(mbzNode.child(c, 'question_bank_entries'), 'question_bank_entry'),
      )
      .map((e) =>
        mbzNode.child(
          mbzNode.child(
            mbzNode.child(mbzNode.child(e, 'question_version'), 'question_versions'),
            'questions',
          ),
          'question',
        ),
      )
      .find((q: XmlNode) => mbzNode.id(q) === image?.itemId);
    expect(mbzNode.str(holder ?? {}, 'name')).toBe("QCM — fonction de l'évaluation");
    const back = readBank(xml, filesOfRecords(records));
    expect(back.questions[0]?.text.files[0]?.mediaId).toBe('schema');
  });

  it('gives the same bytes for the same input', () => {
    const first = writeBank(bank);
    const second = writeBank(bank);
    expect(second.xml).toBe(first.xml);
    expect(second.files.records()).toEqual(first.files.records());
  });
});
