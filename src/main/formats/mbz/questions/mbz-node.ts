import { xmlNode, type XmlNode } from '../../moodle-xml/xml-node';
import { MBZ_NULL } from '../mbz-xml';

/**
 * Reading helpers over a parsed backup file (`parseMbzXml`): the Moodle XML helpers for the
 * tree, plus the backup's conventions: `$@NULL@$` is SQL NULL, numbers are decimal strings,
 * booleans are `0`/`1`.
 */
export const mbzNode = {
  child: xmlNode.child,
  list: xmlNode.list,
  has: xmlNode.has,
  attr: xmlNode.attr,
  /** The element's text; null when absent or `$@NULL@$`. */
  value: (node: XmlNode, name: string): string | null => {
    if (!(name in node)) return null;
    const text = xmlNode.str(node, name);
    return text === MBZ_NULL ? null : text;
  },
  /** The element's text; '' when absent or NULL. */
  str: (node: XmlNode, name: string): string => mbzNode.value(node, name) ?? '',
  num: (node: XmlNode, name: string, fallback: number): number => {
    const text = mbzNode.value(node, name)?.trim() ?? '';
    return text === '' || !Number.isFinite(Number(text)) ? fallback : Number(text);
  },
  /** An integer, or null when absent, NULL or not a number. */
  intOrNull: (node: XmlNode, name: string): number | null => {
    const text = mbzNode.value(node, name)?.trim() ?? '';
    return /^-?\d+$/.test(text) ? Number(text) : null;
  },
  bool: (node: XmlNode, name: string, fallback = false): boolean => {
    const text = mbzNode.value(node, name)?.trim() ?? '';
    return text === '' ? fallback : text !== '0';
  },
  id: (node: XmlNode): number => Number(xmlNode.attr(node, 'id')),
};
