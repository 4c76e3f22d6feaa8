import { describe, expect, it } from 'vitest';
import { chosenIndexes } from '../../../../src/renderer/components/feedback-form/feedback-answers';

describe('chosenIndexes (a fill-in answer as the choices it gives)', () => {
  it('reads a radio or menu answer (one index as text) and checkboxes (indexes)', () => {
    expect(chosenIndexes('1', true)).toEqual([1]);
    expect(chosenIndexes([0, 2], true)).toEqual([0, 2]);
  });

  it('counts an item left empty on a page sent as answered with nothing', () => {
    expect(chosenIndexes(undefined, true)).toEqual([]);
    expect(chosenIndexes('', false)).toEqual([]);
  });

  it('has no answer for an item of a page not sent yet', () => {
    expect(chosenIndexes(undefined, false)).toBeNull();
  });
});
