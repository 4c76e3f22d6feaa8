import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented token with the host's in constant time. Hashing first gives both
 * sides the same length, so neither the content nor the length leaks through timing.
 */
export const tokensEqual = (presented: string, expected: string): boolean => {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
};
