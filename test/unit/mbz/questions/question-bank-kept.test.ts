import { describe, expect, it } from 'vitest';
import { parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import { mbzNode } from '../../../../src/main/formats/mbz/questions/mbz-node';
import { parseMoodleXml } from '../../../../src/main/formats/moodle-xml/parse-moodle-xml';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { questionFixture } from '../../../support/core/question-samples';
import { filesOfRecords, fixture, readBank, writeBank } from './bank-harness';

const SOURCE = fixture('handmade-versions-cloze-calculated-questions.xml');
/** The image of the calculated question's answer feedback (answer 100, course context 31). */
const bravo = (contextId: number, component: string) =>
  contextId === 31 && component === 'question'
    ? [
        {
          fileArea: 'answerfeedback',
          itemId: 100,
          filePath: '/',
          fileName: 'bravo.png',
          mediaId: 'bravo',
        },
      ]
    : [];
const bank = readBank(SOURCE, bravo);
const byName = (name: string) => bank.questions.find((q) => q.name === name);

const questionsOf = (xml: string): XmlNode[] =>
  mbzNode
    .list(
      mbzNode.child(parseMbzXml(xml, 'questions.xml'), 'question_categories'),
      'question_category',
    )
    .flatMap((c) => mbzNode.list(mbzNode.child(c, 'question_bank_entries'), 'question_bank_entry'))
    .map((e) =>
      mbzNode.child(
        mbzNode.child(
          mbzNode.child(mbzNode.child(e, 'question_version'), 'question_versions'),
          'questions',
        ),
        'question',
      ),
    );

describe('versions, statuses and cloze questions', () => {
  it('reads only the latest version, and reports the others', () => {
    expect(byName('Deux versions')).toMatchObject({ status: 'draft', idnumber: 'deux-versions' });
    expect(byName('Deux versions (ancienne)')).toBeUndefined();
    expect(bank.report.notes.map((n) => n.messageEn)).toContain(
      'Version 1 ignored: only the latest version of a question is imported.',
    );
  });

  it('imports a hidden question as ready, reported', () => {
    expect(byName('Masquée')?.status).toBe('ready');
    expect(bank.report.notes.some((n) => n.questionName === 'Masquée')).toBe(true);
  });

  it('rebuilds a cloze text from its subquestions', () => {
    const cloze = byName('Cloze');
    expect(cloze?.type).toBe('multianswer');
    expect(cloze?.text.text).toBe(
      '<p>Le socle a {1:SHORTANSWER:=cinq#Oui~*#Non} domaines, notés sur {2:NUMERICAL:=4:0#Oui} niveaux.</p>',
    );
    expect(cloze?.type === 'multianswer' && cloze.parts.map((p) => [p.kind, p.weight])).toEqual([
      ['shortanswer', 1],
      ['numerical', 2],
    ]);
    expect(cloze).toMatchObject({
      defaultMark: 3,
      idnumber: 'cloze-1',
      hints: [{ showNumCorrect: true, clearWrong: false }],
    });
    expect(bank.questions).toHaveLength(4);
  });

  it('writes a cloze as Moodle stores it: {#n} in the text, one child question per part', () => {
    const { xml } = writeBank(bank);
    const questions = questionsOf(xml);
    const parent = questions.find((q) => mbzNode.str(q, 'qtype') === 'multianswer') ?? {};
    expect(mbzNode.str(parent, 'questiontext')).toBe(
      '<p>Le socle a {#1} domaines, notés sur {#2} niveaux.</p>',
    );
    const sequence = mbzNode.str(
      mbzNode.child(mbzNode.child(parent, 'plugin_qtype_multianswer_question'), 'multianswer'),
      'sequence',
    );
    const children = sequence
      .split(',')
      .map((id) => questions.find((q) => mbzNode.attr(q, 'id') === id) ?? {});
    expect(
      children.map((c) => [
        mbzNode.str(c, 'qtype'),
        mbzNode.str(c, 'parent'),
        mbzNode.str(c, 'defaultmark'),
        mbzNode.str(c, 'questiontext'),
      ]),
    ).toEqual([
      ['shortanswer', mbzNode.attr(parent, 'id'), '1.0000000', '{1:SHORTANSWER:=cinq#Oui~*#Non}'],
      ['numerical', mbzNode.attr(parent, 'id'), '2.0000000', '{2:NUMERICAL:=4:0#Oui}'],
    ]);
    const numerical = mbzNode.child(children[1] ?? {}, 'plugin_qtype_numerical_question');
    const answer = mbzNode.list(mbzNode.child(numerical, 'answers'), 'answer')[0] ?? {};
    const record = mbzNode.child(mbzNode.child(numerical, 'numerical_records'), 'numerical_record');
    expect([
      mbzNode.str(answer, 'answertext'),
      mbzNode.str(record, 'answer'),
      mbzNode.str(record, 'tolerance'),
    ]).toEqual(['4', mbzNode.attr(answer, 'id'), '0']);
    expect(readBank(xml).questions.find((q) => q.name === 'Cloze')?.text.text).toBe(
      byName('Cloze')?.text.text,
    );
  });
});

describe('kept questions', () => {
  it('keeps a calculated question read from a backup with its type elements and files', () => {
    const kept = byName('Calculée');
    expect(kept).toMatchObject({ type: 'kept', moodleType: 'calculated', tags: ['Calcul'] });
    expect(kept?.type === 'kept' && kept.xml.startsWith('<mbz_question qtype="calculated">')).toBe(
      true,
    );
  });

  it('writes it back whole under fresh ids, its own references and files following', () => {
    const { xml, files, result } = writeBank(bank);
    const calculated = questionsOf(xml).find((q) => mbzNode.str(q, 'qtype') === 'calculated') ?? {};
    const plugin = mbzNode.child(calculated, 'plugin_qtype_calculated_question');
    const answer = mbzNode.child(mbzNode.child(plugin, 'answers'), 'answer');
    expect(mbzNode.attr(answer, 'id')).not.toBe('100');
    expect(mbzNode.str(answer, 'answertext')).toBe('({a} + {b})/2');
    const record = mbzNode.child(mbzNode.child(plugin, 'calculated_records'), 'calculated_record');
    expect(mbzNode.str(record, 'answer')).toBe(mbzNode.attr(answer, 'id'));
    expect(mbzNode.str(record, 'tolerance')).toBe('0.01');
    const dataset = mbzNode.child(
      mbzNode.child(plugin, 'dataset_definitions'),
      'dataset_definition',
    );
    expect([mbzNode.str(dataset, 'category'), mbzNode.str(dataset, 'options')]).toEqual([
      '0',
      'uniform:1.0:10.0:1',
    ]);
    expect(
      mbzNode.str(
        mbzNode.child(mbzNode.child(mbzNode.child(dataset, 'dataset_items'), 'dataset_item'), ''),
        '',
      ),
    ).toBe('');
    const file = files.records().find((r) => r.fileName === 'bravo.png');
    expect(file).toMatchObject({
      component: 'question',
      fileArea: 'answerfeedback',
      itemId: Number(mbzNode.attr(answer, 'id')),
    });
    expect(result.fileIds).toContain(file?.id);
    const back = readBank(xml, filesOfRecords(files.records())).questions.find(
      (q) => q.name === 'Calculée',
    );
    expect(back).toMatchObject({ type: 'kept', moodleType: 'calculated', tags: ['Calcul'] });
    // The same elements once ids (and the shared dataset's category, made private) are set aside.
    const anonymous = (q: typeof back) =>
      (q?.type === 'kept' ? q.xml : '')
        .replace(/(id|item)="(answer:)?\d+"/g, '$1=""')
        .replace(/<(answer|category)>\d+</g, '<$1><');
    expect(anonymous(back)).toBe(anonymous(byName('Calculée')));
  });

  it('skips a kept question read from Moodle XML, reported', () => {
    const xml = parseMoodleXml(questionFixture('extra-types-4.5.xml'));
    const { result } = writeBank(xml);
    expect(result.report.skipped.map((s) => s.questionName)).toEqual([
      'Calculée — moyenne pondérée',
      'Calculée simple — durée à distance',
    ]);
    expect(result.report.written).toBe(6);
    expect(result.entryIds.size).toBe(6);
  });
});
