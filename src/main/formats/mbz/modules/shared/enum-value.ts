/**
 * The Moodle value of a field the model reads lossily (several Moodle values, one model value):
 * the imported value while the model still reads it the same way, else the model value's own.
 * So a forum of type `blog`, read as "standard", is written back `blog` until the author
 * changes its type.
 */
export const enumValue = <T extends string>(
  value: T,
  kept: unknown,
  toMoodle: Readonly<Record<T, string>>,
  fromMoodle: (raw: string) => T,
): string => (typeof kept === 'string' && fromMoodle(kept) === value ? kept : toMoodle[value]);
