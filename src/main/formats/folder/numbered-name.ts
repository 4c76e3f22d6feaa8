/**
 * `02-rest` for the second of `count` items: the prefix keeps the order in any file listing and
 * is at least two digits wide (three from 100 items on), so siblings sort alike.
 */
export const numberedName = (index: number, count: number, rest: string): string => {
  const width = Math.max(2, String(count).length);
  return `${String(index + 1).padStart(width, '0')}-${rest}`;
};

/** The number a numbered name starts with (`07-accueil` → 7), or null when it has none. */
export const numberOfName = (name: string): number | null => {
  const match = /^(\d{1,9})-/.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
};

/** Numbered names in their order: by number, then by name for two equal numbers. */
export const byNumberedName = (a: string, b: string): number =>
  (numberOfName(a) ?? 0) - (numberOfName(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
