/** What a `Range` header asks for, before the size is known to clamp it. */
export type RangeRequest = { start: number; end?: number } | { suffix: number };

/**
 * Parses a single `bytes=` range (`a-b`, `a-`, `-n`). Several ranges or another unit give
 * null: the answer is then the whole medium with 200, which RFC 9110 allows.
 */
export const parseRangeHeader = (header: string | undefined): RangeRequest | null => {
  if (header === undefined) return null;
  const match = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') return { suffix: Number(to) };
  return to === '' ? { start: Number(from) } : { start: Number(from), end: Number(to) };
};
