import { describe, expect, it } from 'vitest';
import { scoreTries } from '../../../src/shared/scoring/score-tries';
import { makeQuestion, t } from './make-question';

const RIGHT = { choice: 0 };
const HALF = { choice: 1 };
const WRONG = { choice: 2 };
const NOTHING = {};

/** One answer right, one worth half, one wrong; `hints` hints, so hints + 1 interactive tries. */
const question = (hints: number, penalty = 0.3333333) =>
  makeQuestion({
    type: 'multichoice',
    penalty,
    answers: [
      { text: t('Paris'), fraction: 1 },
      { text: t('Lyon'), fraction: 0.5 },
      { text: t('Marseille'), fraction: 0 },
    ],
    hints: Array.from({ length: hints }, (_, i) => ({ text: t(`Indice ${i + 1}`) })),
  });

describe('interactive (hints + 1 tries, the finishing try less the penalty per try before it)', () => {
  it('right on the 2nd try with penalty 0.3333333: 0.6666667', () => {
    const q = question(1);
    const first = scoreTries('interactive', q, [WRONG]);
    expect(first).toMatchObject({ finished: false, triesUsed: 1, triesLeft: 1, fraction: null });
    expect(first.tries[0]).toMatchObject({ graded: true, fraction: null });
    expect(first.tries[0]?.result.state).toBe('gradedwrong');
    const second = scoreTries('interactive', q, [WRONG, RIGHT]);
    expect(second).toMatchObject({ finished: true, triesUsed: 2, triesLeft: 0 });
    expect(second.fraction).toBeCloseTo(0.6666667, 7);
    expect(second.tries[1]?.result.state).toBe('gradedright');
  });
  it('out of tries on a partial try: that try less the penalty, not the best try', () => {
    const q = question(2);
    const outcome = scoreTries('interactive', q, [HALF, WRONG, HALF]);
    expect(outcome.finished).toBe(true);
    // 0,5 − 2 × 0,3333333 < 0; with one hint: 0,5 − 0,3333333.
    expect(outcome.fraction).toBe(0);
    expect(scoreTries('interactive', question(1), [WRONG, HALF]).fraction).toBeCloseTo(
      0.1666667,
      7,
    );
  });
  it('a penalty bigger than the fraction floors at 0', () => {
    const outcome = scoreTries('interactive', question(1, 0.75), [WRONG, HALF]);
    expect(outcome).toMatchObject({ finished: true, fraction: 0 });
  });
  it('tries after the question finished are ignored', () => {
    const outcome = scoreTries('interactive', question(3), [RIGHT, WRONG]);
    expect(outcome).toMatchObject({ finished: true, fraction: 1, triesUsed: 1, triesLeft: 3 });
    expect(outcome.tries).toHaveLength(1);
  });
  it('"Tout envoyer" grades the current response with the penalty for the tries used', () => {
    const q = question(2);
    const outcome = scoreTries('interactive', q, [WRONG], RIGHT);
    expect(outcome.finished).toBe(true);
    expect(outcome.fraction).toBeCloseTo(0.6666667, 7);
    expect(outcome.tries.at(-1)?.final).toBe(true);
    expect(scoreTries('interactive', q, [], HALF).fraction).toBe(0.5);
    expect(scoreTries('interactive', q, [], NOTHING)).toMatchObject({
      finished: true,
      fraction: null,
    });
  });
});

describe('adaptive (the best of each try less the penalty per try before it)', () => {
  const q = question(0);
  it('keeps the best adjusted try', () => {
    const outcome = scoreTries('adaptive', q, [WRONG, HALF, RIGHT]);
    expect(outcome).toMatchObject({ finished: false, triesUsed: 3, triesLeft: null });
    // 0; 0,5 − 0,3333333; 1 − 2 × 0,3333333.
    expect(outcome.tries.map((r) => r.fraction)).toEqual([
      0,
      expect.closeTo(0.1666667, 7),
      expect.closeTo(0.3333334, 7),
    ]);
    expect(outcome.fraction).toBeCloseTo(0.3333334, 7);
    expect(scoreTries('adaptive', q, [HALF, WRONG]).fraction).toBe(0.5);
  });
  it('the same response checked again is not a new try', () => {
    const outcome = scoreTries('adaptive', q, [HALF, HALF, RIGHT]);
    expect(outcome.tries.map((r) => r.graded)).toEqual([true, false, true]);
    expect(outcome.triesUsed).toBe(2);
    expect(outcome.fraction).toBeCloseTo(0.6666667, 7);
  });
  it('"Tout envoyer": a changed response is one more try, the last one checked is regraded', () => {
    const changed = scoreTries('adaptive', q, [WRONG], RIGHT);
    expect(changed).toMatchObject({ finished: true, triesUsed: 2 });
    expect(changed.fraction).toBeCloseTo(0.6666667, 7);
    const same = scoreTries('adaptive', q, [WRONG, HALF], HALF);
    expect(same).toMatchObject({ finished: true, triesUsed: 2 });
    expect(same.fraction).toBeCloseTo(0.1666667, 7);
    expect(same.tries.at(-1)).toMatchObject({ graded: true, final: true });
    expect(scoreTries('adaptive', q, [HALF], NOTHING).fraction).toBe(0.5);
  });
  it('adaptivenopenalty: the best try, whole', () => {
    const outcome = scoreTries('adaptivenopenalty', q, [WRONG, HALF, RIGHT]);
    expect(outcome).toMatchObject({ penalty: 0, fraction: 1 });
  });
});

describe('invalid responses are never tries', () => {
  it('in every behaviour', () => {
    const q = question(1);
    const interactive = scoreTries('interactive', q, [NOTHING, WRONG, NOTHING, RIGHT]);
    expect(interactive).toMatchObject({ finished: true, triesUsed: 2 });
    expect(interactive.fraction).toBeCloseTo(0.6666667, 7);
    expect(interactive.tries.map((r) => r.graded)).toEqual([false, true, false, true]);
    const adaptive = scoreTries('adaptive', q, [NOTHING, WRONG, NOTHING, RIGHT]);
    expect(adaptive.fraction).toBeCloseTo(0.6666667, 7);
    const immediate = scoreTries('immediatefeedback', q, [NOTHING]);
    expect(immediate).toMatchObject({ finished: false, triesUsed: 0, triesLeft: 1 });
    expect(immediate.tries[0]?.result.state).toBe('invalid');
  });
});

describe('immediate feedback and deferred feedback', () => {
  const q = question(2);
  it('immediatefeedback: one try finishes the question at its fraction, no penalty', () => {
    const outcome = scoreTries('immediatefeedback', q, [NOTHING, HALF, RIGHT]);
    expect(outcome).toMatchObject({ finished: true, fraction: 0.5, triesUsed: 1, triesLeft: 0 });
    expect(outcome.tries).toHaveLength(2);
    expect(scoreTries('immediatecbm', q, [], RIGHT)).toMatchObject({ fraction: 1 });
  });
  it('deferredfeedback: nothing before the end, then the response as it is', () => {
    expect(scoreTries('deferredfeedback', q, [WRONG])).toMatchObject({
      mode: 'deferred',
      finished: false,
      fraction: null,
      tries: [],
    });
    expect(scoreTries('deferredcbm', q, [], HALF)).toMatchObject({ finished: true, fraction: 0.5 });
  });
  it('an essay or a description is never checked, whatever the behaviour', () => {
    const essay = makeQuestion({ type: 'essay' });
    expect(scoreTries('interactive', essay, [{ text: 'x' }])).toMatchObject({
      mode: 'deferred',
      finished: false,
    });
    expect(scoreTries('interactive', essay, [], { text: 'x' }).tries[0]?.result.state).toBe(
      'needsgrading',
    );
    expect(scoreTries('adaptive', makeQuestion({ type: 'description' }), []).mode).toBe('deferred');
  });
});
