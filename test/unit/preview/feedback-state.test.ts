import { describe, expect, it } from 'vitest';
import { parseFeedbackState } from '../../../src/renderer/preview/feedback-state';

describe('parseFeedbackState', () => {
  it('keeps stored answers of the right shape', () => {
    expect(parseFeedbackState({ answers: { a: '2', b: [0, 3] }, sent: true })).toEqual({
      answers: { a: '2', b: [0, 3] },
      sent: true,
    });
  });

  it('drops what another program could have left in storage', () => {
    expect(parseFeedbackState({ answers: { a: 4, b: ['x'], c: 'ok' }, sent: 'yes' })).toEqual({
      answers: { c: 'ok' },
      sent: false,
    });
    expect(parseFeedbackState(null)).toEqual({ answers: {}, sent: false });
    expect(parseFeedbackState('texte')).toEqual({ answers: {}, sent: false });
  });
});
