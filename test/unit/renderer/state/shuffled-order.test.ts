import { describe, expect, it } from 'vitest';
import { shuffledOrder } from '../../../../src/renderer/state/shuffled-order';

describe('shuffledOrder', () => {
  it('every index once, never the right order', () => {
    for (let round = 0; round < 200; round += 1) {
      const order = shuffledOrder(3);
      expect([...order].sort()).toEqual([0, 1, 2]);
      expect(order).not.toEqual([0, 1, 2]);
    }
  });
  it('draws again when the shuffle lands on the right order', () => {
    // The first pass (random 0.99…) leaves every item in place; the next one moves them.
    const values = [0.99, 0.99, 0, 0];
    expect(shuffledOrder(3, () => values.shift() ?? 0)).not.toEqual([0, 1, 2]);
  });
  it('one item or none: nothing to shuffle', () => {
    expect(shuffledOrder(1)).toEqual([0]);
    expect(shuffledOrder(0)).toEqual([]);
  });
});
