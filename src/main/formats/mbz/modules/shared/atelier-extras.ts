import type { z } from 'zod';
import type { XmlNode } from '../../../moodle-xml/xml-node';

/**
 * The element that carries, inside an instance element, what an activity has and Moodle cannot
 * express: an assignment's due offset in days, a feedback's purpose, a virtual class's schedule
 * and duration. It holds one JSON object (keys sorted, so output is reproducible) and comes after
 * Moodle's own fields but before the first nested element (restore reads an element's fields up
 * to its first nested element). Moodle's restore reads those fields into a record and
 * `insert_record` drops the ones that are not columns of the module's table, so the element is
 * ignored there; it is only absent after a Moodle round trip, where the values are lost.
 */
export const ATELIER_EXTRAS = 'atelier';

const sorted = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sorted(v)]),
  );
};

/** The extras element's text (keys sorted at every level), or null when there is nothing. */
export const writeAtelierExtras = (values: Record<string, unknown>): string | null => {
  const text = JSON.stringify(sorted(values));
  return text === '{}' ? null : text;
};

/**
 * The extras of an instance element checked against `schema` (it is untrusted input); null when
 * the element is absent, is not JSON or does not match.
 */
export const readAtelierExtras = <T>(instance: XmlNode, schema: z.ZodType<T>): T | null => {
  const text = instance[ATELIER_EXTRAS];
  if (typeof text !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** `instance` with the extras element (when any) put right before `before`, or last. */
export const withAtelierExtras = (
  instance: XmlNode,
  extras: string | null,
  before?: string,
): XmlNode => {
  if (extras === null) return instance;
  const entries = Object.entries(instance).filter(([k]) => k !== ATELIER_EXTRAS);
  const at = before === undefined ? -1 : entries.findIndex(([k]) => k === before);
  entries.splice(at < 0 ? entries.length : at, 0, [ATELIER_EXTRAS, extras]);
  return Object.fromEntries(entries);
};
