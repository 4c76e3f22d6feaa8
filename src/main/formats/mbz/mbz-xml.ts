import XMLBuilder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';
import type { XmlNode } from '../moodle-xml/xml-node';

/** How Moodle's backup writes SQL NULL; an empty element instead breaks restore (README §6). */
export const MBZ_NULL = '$@NULL@$';

/** The declaration Moodle sniffs in the first 200 bytes of moodle_backup.xml (README §4.1). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  processEntities: true,
});

/**
 * One backup XML file from a tree in fast-xml-parser's shape: keys are element names in
 * document order, `@_name` keys are attributes, arrays repeat an element, `null` is written
 * `$@NULL@$`, numbers and booleans as Moodle stores them (`1`/`0`).
 */
export const buildMbzXml = (root: string, tree: XmlNode): string =>
  XML_DECLARATION + builder.build({ [root]: normalise(tree) }).trimEnd();

const normalise = (value: unknown): unknown => {
  if (value === null) return MBZ_NULL;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

/** A backup XML file that is not well-formed, or that declares a DOCTYPE or an entity. */
export class MbzXmlError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'forbidden' | 'malformed',
    detail = '',
  ) {
    super(`${path}: ${reason}${detail === '' ? '' : ` (${detail})`}`);
  }
}

/**
 * Parses one backup XML file. A DOCTYPE or entity declaration is refused before parsing, so no
 * external entity can resolve and no entity can expand; malformed XML is refused.
 */
export const parseMbzXml = (text: string, path: string): XmlNode => {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new MbzXmlError(path, 'forbidden');
  try {
    // Validation refuses malformed XML at the trust boundary (see parse-moodle-xml.ts).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return parser.parse(text, true) as XmlNode;
  } catch (error) {
    throw new MbzXmlError(path, 'malformed', error instanceof Error ? error.message : '');
  }
};
