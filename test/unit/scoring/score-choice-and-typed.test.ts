import { describe, expect, it } from 'vitest';
import { scoreAttempts } from '../../../src/shared/scoring/score-attempts';
import { scoreResponse } from '../../../src/shared/scoring/score-response';
import { makeQuestion, t } from './make-question';

const answer = (text: string, fraction: number, feedback = '') => ({
  text: t(text),
  fraction,
  feedback: t(feedback),
});

describe('multichoice', () => {
  const single = makeQuestion({
    type: 'multichoice',
    single: true,
    defaultMark: 2,
    answers: [answer('A', 1, 'Oui'), answer('B', 0.5), answer('C', 0)],
    combinedFeedback: { correct: t('bien'), partiallyCorrect: t('presque'), incorrect: t('non') },
  });
  it('single: the fraction of the chosen answer, its feedback and the combined feedback', () => {
    expect(scoreResponse(single, { choice: 0 })).toMatchObject({
      fraction: 1,
      mark: 2,
      state: 'gradedright',
      feedback: { answer: [{ text: 'Oui' }], combined: { text: 'bien' } },
    });
    expect(scoreResponse(single, { choice: 1 })).toMatchObject({
      fraction: 0.5,
      mark: 1,
      state: 'gradedpartial',
    });
    expect(scoreResponse(single, { choice: 2 })).toMatchObject({
      fraction: 0,
      state: 'gradedwrong',
      feedback: { combined: { text: 'non' } },
    });
    expect(scoreResponse(single, {}).state).toBe('invalid');
  });
  const multi = makeQuestion({
    type: 'multichoice',
    single: false,
    answers: [answer('A', 0.5), answer('B', 0.5), answer('C', -0.5), answer('D', -1)],
  });
  it('multi: sum of the chosen fractions, clamped to [0, 1], negatives included', () => {
    expect(scoreResponse(multi, { choices: [0, 1] }).fraction).toBe(1);
    expect(scoreResponse(multi, { choices: [0, 1, 2] }).fraction).toBe(0.5);
    expect(scoreResponse(multi, { choices: [0, 2] }).fraction).toBe(0);
    expect(scoreResponse(multi, { choices: [0, 3] })).toMatchObject({
      fraction: 0,
      state: 'gradedwrong',
    });
    expect(scoreResponse(multi, { choices: [0, 0] }).fraction).toBe(0.5);
  });
});

describe('truefalse', () => {
  const q = makeQuestion({
    type: 'truefalse',
    correctAnswer: false,
    feedbackTrue: t('Non.'),
    feedbackFalse: t('Exact.'),
  });
  it('right or wrong, with the feedback of the answer given', () => {
    expect(scoreResponse(q, { answer: false })).toMatchObject({
      fraction: 1,
      feedback: { answer: [{ text: 'Exact.' }] },
    });
    expect(scoreResponse(q, { answer: true })).toMatchObject({
      fraction: 0,
      feedback: { answer: [{ text: 'Non.' }] },
    });
    expect(scoreResponse(q, { answer: null }).state).toBe('invalid');
  });
  it('penalty 1: a second try earns nothing', () => {
    expect(scoreAttempts(q, [{ answer: true }, { answer: false }]).fraction).toBe(0);
  });
});

describe('shortanswer', () => {
  const q = makeQuestion({
    type: 'shortanswer',
    answers: [
      { text: 'S4C', fraction: 1 },
      { text: 'socle*', fraction: 0.5 },
      { text: '*commun', fraction: 0.3333333 },
      { text: 'a\\*b', fraction: 0.25 },
      { text: '*', fraction: 0, feedback: t('Non') },
    ],
  });
  it('first matching answer in order; case-insensitive by default; response trimmed', () => {
    expect(scoreResponse(q, { answer: '  s4c ' }).fraction).toBe(1);
    expect(scoreResponse(q, { answer: 'Socle commun' }).fraction).toBe(0.5);
  });
  it('a wildcard at the start', () => {
    expect(scoreResponse(q, { answer: 'le commun' }).fraction).toBe(0.3333333);
    expect(scoreResponse(q, { answer: 'commun' }).fraction).toBe(0.3333333);
  });
  it('\\* is a literal star; * catches everything else', () => {
    expect(scoreResponse(q, { answer: 'a*b' }).fraction).toBe(0.25);
    expect(scoreResponse(q, { answer: 'axb' })).toMatchObject({
      fraction: 0,
      feedback: { answer: [{ text: 'Non' }] },
    });
  });
  it('case sensitivity and NFC normalisation', () => {
    const cs = makeQuestion({
      type: 'shortanswer',
      caseSensitive: true,
      answers: [{ text: 'Évaluation', fraction: 1 }],
    });
    expect(scoreResponse(cs, { answer: 'évaluation' }).fraction).toBe(0);
    expect(scoreResponse(cs, { answer: 'E\u0301valuation' }).fraction).toBe(1);
    expect(scoreResponse(cs, { answer: '   ' }).state).toBe('invalid');
  });
  it('regex characters in answers are literal', () => {
    const q2 = makeQuestion({ type: 'shortanswer', answers: [{ text: 'a.b (c)', fraction: 1 }] });
    expect(scoreResponse(q2, { answer: 'a.b (c)' }).fraction).toBe(1);
    expect(scoreResponse(q2, { answer: 'axb (c)' }).fraction).toBe(0);
  });
});

describe('numerical', () => {
  const q = makeQuestion({
    type: 'numerical',
    answers: [
      { value: '3.14', tolerance: 0.01, fraction: 1 },
      { value: '3', tolerance: 0.5, fraction: 0.5 },
      { value: '*', fraction: 0, feedback: t('Non') },
    ],
  });
  it('tolerance edges are inclusive', () => {
    expect(scoreResponse(q, { answer: '3.15' }).fraction).toBe(1);
    expect(scoreResponse(q, { answer: '3.13' }).fraction).toBe(1);
    expect(scoreResponse(q, { answer: '3.151' }).fraction).toBe(0.5);
    expect(scoreResponse(q, { answer: '2.5' }).fraction).toBe(0.5);
    expect(scoreResponse(q, { answer: '2.49' })).toMatchObject({
      fraction: 0,
      feedback: { answer: [{ text: 'Non' }] },
    });
  });
  it('reads a decimal comma and exponents; refuses text', () => {
    expect(scoreResponse(q, { answer: '3,14' }).fraction).toBe(1);
    expect(scoreResponse(q, { answer: '314e-2' }).fraction).toBe(1);
    expect(scoreResponse(q, { answer: 'pi' }).state).toBe('invalid');
  });
  const units = makeQuestion({
    type: 'numerical',
    answers: [
      { value: '1500', fraction: 1 },
      { value: '*', fraction: 0 },
    ],
    units: [
      { name: 'm', multiplier: 1 },
      { name: 'km', multiplier: 0.001 },
      { name: 'cm', multiplier: 100 },
    ],
    unitGrading: 'response',
    unitPenalty: 0.25,
    showUnits: 'text',
  });
  it('units convert with their multiplier; a missing unit costs the unit penalty', () => {
    expect(scoreResponse(units, { answer: '1500 m' }).fraction).toBe(1);
    expect(scoreResponse(units, { answer: '1,5 km' }).fraction).toBe(1);
    expect(scoreResponse(units, { answer: '150000cm' }).fraction).toBe(1);
    expect(scoreResponse(units, { answer: '1 500 m' }).fraction).toBe(1);
    expect(scoreResponse(units, { answer: '1500' }).fraction).toBe(0.75);
    expect(scoreResponse(units, { answer: '1500 km' }).fraction).toBe(0.75);
  });
  it('unit penalty of the whole mark', () => {
    const q2 = makeQuestion({
      ...units,
      unitGrading: 'question',
      answers: [{ value: '1500', fraction: 0.5 }],
    } as never);
    expect(scoreResponse(q2, { answer: '1500' }).fraction).toBe(0.25);
  });
  it('units before the number, and a separate unit select', () => {
    const left = makeQuestion({
      type: 'numerical',
      answers: [{ value: '12', fraction: 1 }],
      units: [{ name: '€', multiplier: 1 }],
      unitsLeft: true,
      showUnits: 'text',
      unitGrading: 'question',
      unitPenalty: 0.5,
    });
    expect(scoreResponse(left, { answer: '€ 12' }).fraction).toBe(1);
    const select = makeQuestion({
      type: 'numerical',
      answers: [{ value: '1500', fraction: 1 }],
      units: [
        { name: 'm', multiplier: 1 },
        { name: 'km', multiplier: 0.001 },
      ],
      showUnits: 'select',
      unitGrading: 'response',
      unitPenalty: 0.1,
    });
    expect(scoreResponse(select, { answer: '1.5', unit: 'km' }).fraction).toBe(1);
  });
});

describe('penalty for each try', () => {
  const q = makeQuestion({
    type: 'multichoice',
    penalty: 0.3333333,
    answers: [answer('A', 1), answer('B', 0), answer('C', 0)],
  });
  it('best try, less the penalty times the graded tries before it, floored at 0', () => {
    expect(scoreAttempts(q, [{ choice: 1 }, { choice: 0 }]).fraction).toBeCloseTo(0.6666667, 7);
    expect(
      scoreAttempts(q, [{ choice: 1 }, {}, { choice: 2 }, { choice: 0 }]).fraction,
    ).toBeCloseTo(0.3333334, 7);
    expect(
      scoreAttempts(q, [{ choice: 1 }, { choice: 1 }, { choice: 1 }, { choice: 0 }]).fraction,
    ).toBeCloseTo(0.0000001, 9);
    expect(
      scoreAttempts(q, [{ choice: 1 }, { choice: 1 }, { choice: 1 }, { choice: 1 }, { choice: 0 }])
        .fraction,
    ).toBe(0);
    expect(scoreAttempts(q, [{ choice: 0 }, { choice: 1 }]).mark).toBe(1);
  });
});
