import { describe, expect, it } from 'vitest';
import { parseClozeParts } from '../../../src/shared/domain/question-cloze-parts';
import { scoreResponse } from '../../../src/shared/scoring/score-response';
import { makeQuestion, t } from './make-question';

describe('match', () => {
  const q = makeQuestion({
    type: 'match',
    subquestions: [
      { text: t('Cycle 1'), answer: 'premiers' },
      { text: t('Cycle 2'), answer: 'fondamentaux' },
      { text: t('Cycle 3'), answer: 'consolidation' },
      { text: t(''), answer: 'approfondissements' },
    ],
  });
  it('each stem is an equal share; the distractor is not a stem', () => {
    expect(
      scoreResponse(q, { matches: ['premiers', 'fondamentaux', 'consolidation'] }).fraction,
    ).toBe(1);
    expect(
      scoreResponse(q, { matches: ['premiers', 'approfondissements', null] }).fraction,
    ).toBeCloseTo(1 / 3);
    expect(scoreResponse(q, { matches: [] }).state).toBe('invalid');
  });
});

describe('gapselect and ddwtos', () => {
  const choices = [
    { text: 'sommative', group: 1 },
    { text: 'formative', group: 1 },
    { text: 'diagnostique', group: 1 },
    { text: '3', group: 2 },
    { text: '4', group: 2 },
  ];
  const q = makeQuestion(
    { type: 'gapselect', choices },
    '<p>[[1]] puis [[2]] ; cycle [[4]] et [[5]]</p>',
  );
  it('each place is an equal share', () => {
    expect(scoreResponse(q, { gaps: [1, 2, 4, 5] }).fraction).toBe(1);
    expect(scoreResponse(q, { gaps: [1, 3, 5, 5] }).fraction).toBe(0.5);
    expect(scoreResponse(q, { gaps: [null, null] }).state).toBe('invalid');
  });
  it('ddwtos: an infinite choice may fill two places', () => {
    const d = makeQuestion(
      { type: 'ddwtos', choices: [{ text: 'rétroaction', infinite: true }, { text: 'grille' }] },
      '[[1]] [[2]] [[1]]',
    );
    expect(scoreResponse(d, { gaps: [1, 2, 1] }).fraction).toBe(1);
    expect(scoreResponse(d, { gaps: [1, 1, 1] }).fraction).toBeCloseTo(2 / 3);
  });
});

describe('cloze (multianswer)', () => {
  const text =
    'Le socle a {1:SHORTANSWER:=cinq#Oui~%50%5#Accepté~*#Non} domaines, {2:NUMERICAL:=4:0#Exact~%50%3:0#Presque~*#Non} niveaux, ' +
    '{1:MULTICHOICE:Maîtrise satisfaisante~=Très bonne maîtrise~Maîtrise fragile}, ' +
    '{1:MULTIRESPONSE:=Exercice\\~corrigé~=Auto-évaluation~%-100%Examen}.';
  const q = makeQuestion(
    { type: 'multianswer', parts: parseClozeParts(text), defaultMark: 5 },
    text,
  );
  it('parses the parts and their weights', () => {
    expect(
      q.type === 'multianswer' && q.parts.map((p) => [p.code, p.kind, p.weight, p.answers.length]),
    ).toEqual([
      ['SHORTANSWER', 'shortanswer', 1, 3],
      ['NUMERICAL', 'numerical', 2, 3],
      ['MULTICHOICE', 'multichoice', 1, 3],
      ['MULTIRESPONSE', 'multiresponse', 1, 3],
    ]);
    expect(q.type === 'multianswer' && q.parts[3]?.answers[0]?.text).toBe('Exercice~corrigé');
  });
  it('weighted sum of the parts', () => {
    expect(scoreResponse(q, { parts: ['cinq', '4', 1, [0, 1]] }).fraction).toBe(1);
    expect(scoreResponse(q, { parts: ['5', '3', 0, [0]] }).fraction).toBeCloseTo(
      (0.5 + 2 * 0.5 + 0 + 1) / 5,
    );
    expect(scoreResponse(q, { parts: ['x', '7', 2, [0, 2]] }).fraction).toBe(0);
  });
});

describe('ordering, essay, description', () => {
  const items = ['a', 'b', 'c', 'd'].map(t);
  it('absolute position, all or nothing, relative to the next', () => {
    const abs = makeQuestion({ type: 'ordering', items, gradingType: 'ABSOLUTE_POSITION' });
    expect(scoreResponse(abs, { order: [0, 2, 1, 3] }).fraction).toBe(0.5);
    const all = makeQuestion({ type: 'ordering', items, gradingType: 'ALL_OR_NOTHING' });
    expect(scoreResponse(all, { order: [0, 1, 3, 2] }).fraction).toBe(0);
    const rel = makeQuestion({
      type: 'ordering',
      items,
      gradingType: 'RELATIVE_NEXT_EXCLUDE_LAST',
    });
    expect(scoreResponse(rel, { order: [1, 2, 3, 0] }).fraction).toBeCloseTo(2 / 3);
  });
  it('an essay needs a person; a description has no mark', () => {
    expect(scoreResponse(makeQuestion({ type: 'essay' }), { text: 'x' })).toMatchObject({
      state: 'needsgrading',
      fraction: null,
    });
    expect(scoreResponse(makeQuestion({ type: 'description' }), {})).toMatchObject({
      state: 'finished',
      mark: null,
    });
  });
});
