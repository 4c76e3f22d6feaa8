/** Moodle's `RESOURCELIB_DISPLAY_*` values (url and resource display). */
export const RESOURCELIB = {
  auto: 0,
  embed: 1,
  frame: 2,
  new: 3,
  download: 4,
  open: 5,
  popup: 6,
} as const;

/**
 * A display value as written: the imported one when it still reads as `display` (so "in a
 * frame" or "pop-up" go back as they were), else `written`.
 */
export const keptDisplay = <T extends string>(
  stored: unknown,
  display: T,
  read: (value: number) => T,
  written: number,
): number => {
  const value = typeof stored === 'string' || typeof stored === 'number' ? Number(stored) : NaN;
  return Number.isInteger(value) && read(value) === display ? value : written;
};
