import { generateKeyBetween } from 'fractional-indexing';

/**
 * The position key that places an item at `index` among `siblings` (ordered, the moved item
 * excluded): a key between its neighbours, so a move or insert rewrites one row only.
 */
export const positionAt = (siblings: readonly { position: string }[], index: number): string => {
  const at = Math.max(0, Math.min(index, siblings.length));
  return generateKeyBetween(siblings[at - 1]?.position ?? null, siblings[at]?.position ?? null);
};
