import { generateNKeysBetween } from 'fractional-indexing';

/**
 * `count` consecutive position keys that place a run of items at `index` among `siblings`
 * (ordered, the moved items excluded): one key per item, every other row untouched.
 */
export const positionRun = (
  siblings: readonly { position: string }[],
  index: number,
  count: number,
): string[] => {
  const at = Math.max(0, Math.min(index, siblings.length));
  return generateNKeysBetween(
    siblings[at - 1]?.position ?? null,
    siblings[at]?.position ?? null,
    count,
  );
};
