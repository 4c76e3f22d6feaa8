import { describe, expect, it } from 'vitest';
import { numberChapters } from '../../../src/renderer/preview/number-chapters';

describe('numberChapters', () => {
  it('numbers chapters and their subchapters as Moodle’s book does', () => {
    const numbers = numberChapters([
      { subchapter: false },
      { subchapter: true },
      { subchapter: true },
      { subchapter: false },
    ]).map((c) => c.number);
    expect(numbers).toEqual(['1.', '1.1.', '1.2.', '2.']);
  });

  it('puts a subchapter that opens the book under a chapter 1', () => {
    expect(
      numberChapters([{ subchapter: true }, { subchapter: false }]).map((c) => c.number),
    ).toEqual(['1.1.', '2.']);
  });
});
