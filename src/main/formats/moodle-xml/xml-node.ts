import type { QuestionText, QuestionTextFormat } from '../../../shared/domain/question-text';

/** A node as fast-xml-parser gives it: a string, or an object of children and `@_` attributes. */
export type XmlNode = Record<string, unknown>;

const FORMATS: Record<string, QuestionTextFormat> = {
  html: 'html',
  moodle_auto_format: 'moodle_auto',
  plain_text: 'plain',
  markdown: 'markdown',
};

/** A file found next to a text: its name, path, and base64 content. */
export interface XmlFile {
  name: string;
  path: string;
  base64: string;
}

const asNode = (value: unknown): XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : {};

const str = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const node = asNode(value);
  return typeof node['#text'] === 'string' ? node['#text'] : '';
};

/** Reading helpers over parsed Moodle XML, lenient as Moodle's importer is. */
export const xmlNode = {
  child: (node: XmlNode, name: string): XmlNode => {
    const value = node[name];
    return asNode(Array.isArray(value) ? value[0] : value);
  },
  list: (node: XmlNode, name: string): XmlNode[] => {
    const value = node[name];
    if (value === undefined) return [];
    return (Array.isArray(value) ? value : [value]).map((item) =>
      typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': str(item) },
    );
  },
  has: (node: XmlNode, name: string): boolean => name in node,
  str: (node: XmlNode, name: string): string => {
    const value = node[name];
    return str(Array.isArray(value) ? value[0] : value);
  },
  attr: (node: XmlNode, name: string): string => str(node[`@_${name}`]),
  /** `true`/`1` are true; `false`/`0`/empty are false; an empty element alone means true. */
  bool: (node: XmlNode, name: string, fallback = false): boolean => {
    if (!(name in node)) return fallback;
    const value = xmlNode.str(node, name).trim().toLowerCase();
    return value === '' ? true : value === 'true' || value === '1';
  },
  flag: (node: XmlNode, name: string): boolean => {
    if (!(name in node)) return false;
    const value = xmlNode.str(node, name).trim().toLowerCase();
    return value === '' || value === 'true' || value === '1';
  },
  num: (node: XmlNode, name: string, fallback: number): number => {
    const value = xmlNode.str(node, name).trim();
    return value === '' || !Number.isFinite(Number(value)) ? fallback : Number(value);
  },
  /** A `<x format="…"><text>…</text><file …/></x>` element; files are handed to `onFile`. */
  text: (
    node: XmlNode,
    name: string,
    onFile: (file: XmlFile) => string,
    fallback: QuestionTextFormat = 'html',
  ): QuestionText => {
    const element = xmlNode.child(node, name);
    return xmlNode.textOf(element, onFile, fallback);
  },
  textOf: (
    element: XmlNode,
    onFile: (file: XmlFile) => string,
    fallback: QuestionTextFormat = 'html',
  ): QuestionText => ({
    format: FORMATS[xmlNode.attr(element, 'format')] ?? fallback,
    text: xmlNode.str(element, 'text'),
    files: xmlNode.list(element, 'file').map((file) => {
      const found: XmlFile = {
        name: xmlNode.attr(file, 'name'),
        path: xmlNode.attr(file, 'path') || '/',
        base64: str(file).replace(/\s+/g, ''),
      };
      return { name: found.name, path: found.path, mediaId: onFile(found) };
    }),
  }),
};
