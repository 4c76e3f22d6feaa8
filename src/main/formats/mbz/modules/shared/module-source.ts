import type { MoodleSource } from '../../../../../shared/domain/moodle-source';
import type { XmlNode } from '../../../moodle-xml/xml-node';

/**
 * How the codecs of `modules/` (forum, wiki, glossary, assign, choice, feedback, virtual class,
 * logbook, foreign) use an activity's `moodle` source. The container owns it (`mbz-source.ts`):
 *
 * - `moodle.instance`: the children of the `<modname>` element no field maps, kept by the
 *   container on import. Each codec lists in `mapped` what it maps, the user data it never
 *   imports (discussions, entries, submissions…) and its `atelier` extras element, so that
 *   none of these is kept. A field whose Moodle value the model cannot tell apart (forum type
 *   `blog`, glossary format `faq`, an assignment graded on a scale, a room address that is not
 *   a web link…) is not listed: it stays kept, and the codec writes it back while the model
 *   still reads it the same way.
 * - `moodle.gradeItems`: the `grades.xml` items, kept by the container (an assignment's item
 *   is the base its codec writes from).
 * - `moodle.nested`: the nested elements a codec keeps itself (an assignment's
 *   `plugin_configs`, a glossary's `categories`, a choice's `options`), by element name, cleaned
 *   as parsed. They are listed in `mapped` so the container does not keep them in
 *   `moodle.instance`: restore reads an element's own fields up to its first nested element
 *   (Moodle's progressive parser sends what follows as a second record), so every field must
 *   come before them, and only the codec writes them in Moodle's order.
 * - `moodle.foreignFiles`: the files of a foreign module's context (`foreign.ts`).
 *
 * On write a codec starts from `moodle.instance` and `moodle.nested` (Moodle's defaults for a
 * new activity) and overwrites what it maps, in Moodle's order, so an imported activity's
 * settings that Atelier has no field for go back unchanged.
 */
export interface ModuleSource {
  instance: XmlNode | null;
  gradeItems: XmlNode[];
}

/** A JSON value of the `moodle` source. */
export type SourceJson = NonNullable<MoodleSource>[string];

/** Whether a parsed value is an element (an object, not an array). */
export const isXmlNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The elements of a parsed or kept value that may be one element or a list of them. */
export const xmlNodes = (value: unknown): XmlNode[] =>
  (Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value]).flatMap((v) =>
    isXmlNode(v) ? [v] : [],
  );

/** The codecs' view of an activity's `moodle` source: kept fields and nested elements as one. */
export const moduleSourceOf = (moodle: MoodleSource): ModuleSource => {
  const instance = moodle?.['instance'];
  const nested = moodle?.['nested'];
  const kept = isXmlNode(instance) || isXmlNode(nested);
  return {
    instance: kept
      ? { ...(isXmlNode(instance) ? instance : {}), ...(isXmlNode(nested) ? nested : {}) }
      : null,
    gradeItems: xmlNodes(moodle?.['gradeItems']),
  };
};

/**
 * The `moodle` entry for nested elements a codec keeps itself (see above); nothing when the
 * instance has none of them.
 */
export const keepNested = (
  instance: XmlNode,
  names: readonly string[],
): { moodle?: { nested: Record<string, SourceJson> } } => {
  const nested = Object.fromEntries(
    names.filter((n) => hasContent(instance[n])).map((n) => [n, cleanNode(instance[n])]),
  );
  return Object.keys(nested).length === 0 ? {} : { moodle: { nested } };
};

/** A parsed element as JSON, whitespace-only text left out. */
const cleanNode = (value: unknown): SourceJson => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cleanNode);
  if (!isXmlNode(value)) return '';
  const entries = Object.entries(value).filter(([k, v]) => k !== '#text' || hasContent(v));
  return entries.length === 0 ? '' : Object.fromEntries(entries.map(([k, v]) => [k, cleanNode(v)]));
};

/** Whether a parsed element holds anything but indentation. */
export const hasContent = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (!isXmlNode(value)) return value !== undefined && value !== null;
  return Object.entries(value).some(([key, child]) => key !== '#text' || hasContent(child));
};
