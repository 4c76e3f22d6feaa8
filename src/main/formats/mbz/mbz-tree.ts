import type { XmlNode } from '../moodle-xml/xml-node';
import { MBZ_NULL } from './mbz-xml';

const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A parsed backup tree without the indentation the parser keeps (`trimValues: false` keeps the
 * HTML of texts intact, but also the newlines between elements): whitespace-only `#text` keys
 * go, and so does the whitespace of an element Moodle wrote empty over two lines (`<tags>\n
 * </tags>` reads as `''`). What remains is JSON, fit for a `moodle` source.
 */
export const cleanTree = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(cleanTree);
  if (isNode(value)) {
    const out: XmlNode = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === '#text' && typeof child === 'string' && child.trim() === '') continue;
      out[key] = cleanTree(child);
    }
    return out;
  }
  if (typeof value === 'string' && value.includes('\n') && value.trim() === '') return '';
  return value;
};

/** Reading helpers over a cleaned backup tree; `$@NULL@$` reads as null. */
export const mbz = {
  isNode,
  /** The first `name` child element, or an empty node. */
  child: (node: XmlNode, name: string): XmlNode => {
    const value = node[name];
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return isNode(first) ? first : {};
  },
  /** Every `name` child element (an element repeated once is not an array after parsing). */
  list: (node: XmlNode, name: string): XmlNode[] => {
    const value = node[name];
    if (value === undefined) return [];
    return (Array.isArray(value) ? value : [value]).filter(isNode);
  },
  /** A leaf's text; null for `$@NULL@$` or a missing element. */
  text: (node: XmlNode, name: string): string | null => {
    const value = node[name];
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') return first === MBZ_NULL ? null : first;
    if (typeof first === 'number' || typeof first === 'boolean') return String(first);
    if (isNode(first)) return typeof first['#text'] === 'string' ? first['#text'] : '';
    return null;
  },
  /** A leaf's text, `''` when null or missing. */
  str: (node: XmlNode, name: string): string => mbz.text(node, name) ?? '',
  /** A leaf as an integer, `fallback` when null, missing or not a number. */
  int: (node: XmlNode, name: string, fallback = 0): number => {
    const text = mbz.text(node, name)?.trim() ?? '';
    const value = Number(text);
    return text === '' || !Number.isFinite(value) ? fallback : Math.trunc(value);
  },
  /** A leaf as a number (not truncated), `fallback` when null, missing or not a number. */
  num: (node: XmlNode, name: string, fallback: number): number => {
    const text = mbz.text(node, name)?.trim() ?? '';
    const value = Number(text);
    return text === '' || !Number.isFinite(value) ? fallback : value;
  },
  /** A `0`/`1` flag: anything but empty or `0` is on. */
  flag: (node: XmlNode, name: string): boolean => {
    const text = mbz.text(node, name)?.trim() ?? '';
    return text !== '' && text !== '0';
  },
  /** An attribute's value, `''` when missing. */
  attr: (node: XmlNode, name: string): string => {
    const value = node[`@_${name}`];
    return typeof value === 'string' ? value : '';
  },
  /** Whether a tree holds any text: an empty shell (`<events></events>`) does not. */
  hasContent: (value: unknown): boolean => {
    if (typeof value === 'string') return value !== '';
    if (Array.isArray(value)) return value.some(mbz.hasContent);
    return isNode(value) && Object.values(value).some(mbz.hasContent);
  },
  /** An id attribute as a number (NaN when missing). */
  id: (node: XmlNode, name = 'id'): number => Number(mbz.attr(node, name) || Number.NaN),
};
