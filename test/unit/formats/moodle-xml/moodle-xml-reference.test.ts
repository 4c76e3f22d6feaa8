import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMoodleXml } from '../../../../src/main/formats/moodle-xml/parse-moodle-xml';
import { writeMoodleXml } from '../../../../src/main/formats/moodle-xml/write-moodle-xml';

const ref = (name: string): string => readFileSync(`test/fixtures/questions/${name}`, 'utf8');
const ids = (xml: string): number[] =>
  [...xml.matchAll(/<!-- question: (\d+) {2}-->\n {2}<question type="(?!category)/g)].map((m) =>
    Number(m[1]),
  );

const roundTrip = (name: string) => {
  const source = ref(name);
  const parsed = parseMoodleXml(source);
  const bytes = new Map(
    parsed.attachments.map((a) => [a.mediaId, Buffer.from(a.bytes).toString('base64')]),
  );
  const numbers = ids(source);
  const { text } = writeMoodleXml(parsed.questions, parsed.categories, (id) => bytes.get(id), {
    questionNumber: (_q, i) => numbers[i] ?? 0,
  });
  return { source, parsed, text };
};

describe('Moodle XML against Moodle 4.5 output', () => {
  it('ref-questions-4.5.xml: parse then write gives the same bytes', () => {
    const { source, parsed, text } = roundTrip('ref-questions-4.5.xml');
    expect(parsed.report).toEqual({ imported: 8, errors: [], warnings: [] });
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]).toMatchObject({ name: 'schéma-démarche.png', path: '/' });
    expect([...(parsed.attachments[0]?.bytes.slice(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
    expect(parsed.categories.map((c) => [c.name, c.idnumber, c.context])).toEqual([
      ['Séquence 2 — questions', 'ref-qcat-s2', 'course'],
      ["Default for Quiz : évaluer, c'est quoi ?", null, 'module'],
    ]);
    expect(text).toBe(source);
  });

  it('extra-types-4.5.xml: every type, images, hints, tags, units; calculated kept whole', () => {
    const { source, parsed, text } = roundTrip('extra-types-4.5.xml');
    expect(parsed.report.errors).toEqual([]);
    expect(parsed.questions.map((q) => q.type)).toEqual([
      'kept',
      'kept',
      'ddwtos',
      'description',
      'gapselect',
      'multianswer',
      'numerical',
      'ordering',
    ]);
    const cloze = parsed.questions[5];
    expect(cloze?.type === 'multianswer' && cloze.parts.map((p) => p.code)).toEqual([
      'SHORTANSWER',
      'NUMERICAL',
      'MULTICHOICE',
      'SHORTANSWER',
      'MULTIRESPONSE',
      'MCVS',
    ]);
    expect(cloze?.defaultMark).toBe(7);
    expect(cloze?.tags).toEqual(['évaluation', 'cycle 3', 'Socle commun']);
    expect(text).toBe(source);
  });

  it('refuses a DOCTYPE or an entity before parsing (XXE)', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="description"><name><text>&x;</text></name></question></quiz>';
    const result = parseMoodleXml(xxe);
    expect(result.questions).toEqual([]);
    expect(result.report.errors).toMatchObject([{ code: 'xml-forbidden' }]);
    expect(parseMoodleXml('<quiz><question type="description"><name>').report.errors[0]?.code).toBe(
      'xml-malformed',
    );
  });

  it('reports grades outside the list and unknown types, and goes on', () => {
    const xml = `<quiz><question type="multichoice"><name><text>Poids</text></name><questiontext><text>?</text></questiontext>
      <answer fraction="33"><text>A</text></answer><answer fraction="67"><text>B</text></answer></question>
      <question type="truefalse"><name><text>VF</text></name><questiontext><text>?</text></questiontext>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    const result = parseMoodleXml(xml);
    expect(result.questions.map((q) => q.name)).toEqual(['VF']);
    expect(result.report.errors).toMatchObject([
      { code: 'grades-mismatch', questionName: 'Poids' },
    ]);
  });
});
