/** Keys shown first in each file, for a reader scanning a diff; `moodle` (long) goes last. */
const FIRST = ['type', 'id'];
const LAST = ['moodle'];
/** A value whose one-line form fits in this many columns is written on one line. */
const WIDTH = 100;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const leading = (value: unknown): unknown => {
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  const middle = keys.filter((key) => !FIRST.includes(key) && !LAST.includes(key));
  const ordered = [...FIRST, ...middle, ...LAST].filter((key) => keys.includes(key));
  return Object.fromEntries(ordered.map((key) => [key, value[key]]));
};

/** The entries JSON.stringify would write (it skips undefined values). */
const entriesOf = (value: Record<string, unknown>): [string, unknown][] =>
  Object.entries(value).filter(([, v]) => v !== undefined);

const oneLine = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((item) => oneLine(item ?? null)).join(', ')}]`;
  if (!isObject(value)) return JSON.stringify(value);
  const entries = entriesOf(value);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
};

/** `value` at `indent`, after `used` columns of its line (a key) and before a comma. */
const format = (value: unknown, indent: string, used: number): string => {
  const flat = oneLine(value);
  if (!Array.isArray(value) && !isObject(value)) return flat;
  if (indent.length + used + flat.length + 1 <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item) => `${inner}${format(item ?? null, inner, 0)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const lines = entriesOf(value).map(([key, v]) => {
    const label = `${JSON.stringify(key)}: `;
    return `${inner}${label}${format(v, inner, label.length)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
};

/**
 * A value as the folder writes JSON: 2-space indents, any object or array that fits on one
 * line of 100 columns on one line (a rich-text run, a mark, a list of roles: one changed word
 * is one changed line), LF, a final newline, UTF-8 text kept as is. Keys follow the schema's
 * order (the caller parses first), with `type` and `id` first and `moodle` last at the top of
 * each file or array item; open maps (rich-text attributes, Moodle settings) keep their stored
 * order, which Moodle's own XML order may depend on. A pure function: same value, same bytes.
 */
export const folderJson = (value: unknown): string => {
  const top = Array.isArray(value) ? value.map(leading) : leading(value);
  return `${format(top, '', 0)}\n`;
};
