import { describe, expect, it } from 'vitest';
import { isRandomQuestionCandidate } from '../../../src/shared/domain/random-question-candidate';

describe('isRandomQuestionCandidate (what Moodle draws for a random slot)', () => {
  it('takes ready questions of any type but description', () => {
    expect(isRandomQuestionCandidate({ type: 'multichoice', status: 'ready' })).toBe(true);
    expect(isRandomQuestionCandidate({ type: 'ordering', status: 'ready' })).toBe(true);
    expect(isRandomQuestionCandidate({ type: 'description', status: 'ready' })).toBe(false);
  });

  it('never draws a draft', () => {
    expect(isRandomQuestionCandidate({ type: 'multichoice', status: 'draft' })).toBe(false);
  });
});
