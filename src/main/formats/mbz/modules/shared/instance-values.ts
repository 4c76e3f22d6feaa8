import type { XmlNode } from '../../../moodle-xml/xml-node';
import { MBZ_NULL } from '../../mbz-xml';

const leaf = (node: XmlNode, name: string): string | null => {
  const value: unknown = node[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first === MBZ_NULL ? null : first;
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  return null;
};

/** Reading an instance element's leaves, as the backup writes them (`$@NULL@$`, `0`/`1`). */
export const instanceValues = {
  /** The text of a leaf; null when absent, NULL or not a leaf. */
  text: leaf,
  /** The text of a leaf; `''` when absent or NULL. */
  str: (node: XmlNode, name: string): string => leaf(node, name) ?? '',
  /** A number; `fallback` when absent, NULL or not a number. */
  num: (node: XmlNode, name: string, fallback: number): number => {
    const text = leaf(node, name)?.trim() ?? '';
    const value = Number(text);
    return text === '' || !Number.isFinite(value) ? fallback : value;
  },
  /** A `0`/`1` flag: anything but empty or `0` is on. */
  flag: (node: XmlNode, name: string): boolean => {
    const text = leaf(node, name)?.trim() ?? '';
    return text !== '' && text !== '0';
  },
};
