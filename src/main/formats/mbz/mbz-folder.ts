import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { XmlNode } from '../moodle-xml/xml-node';
import { MbzReadError } from './mbz-read-error';
import { cleanTree } from './mbz-tree';
import { MbzXmlError, parseMbzXml } from './mbz-xml';

/**
 * An extracted backup folder, read only inside itself: a path that leaves it, or a symbolic
 * link, is refused. Every XML file goes through `parseMbzXml` (DOCTYPE and entities refused).
 */
export class MbzFolder {
  readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  /** The absolute path of `rel` (`/`-separated, relative to the backup's root). */
  path(rel: string): string {
    const full = resolve(this.root, ...rel.split('/'));
    const back = relative(this.root, full);
    if (back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) {
      throw new MbzReadError('unsafe-path', rel);
    }
    return full;
  }

  /** Whether `rel` is a regular file (a link is not). */
  isFile(rel: string): boolean {
    const full = this.path(rel);
    return existsSync(full) && lstatSync(full).isFile();
  }

  /** The names of the entries of a folder (sorted), empty if it is not one. */
  list(rel: string): string[] {
    const full = rel === '' ? this.root : this.path(rel);
    if (!existsSync(full) || !lstatSync(full).isDirectory()) return [];
    return readdirSync(full).sort();
  }

  /** A text file, or null when it is absent. */
  text(rel: string): string | null {
    return this.isFile(rel) ? readFileSync(this.path(rel), 'utf8') : null;
  }

  /** The root element of an XML file, cleaned (`cleanTree`); null when the file is absent. */
  xml(rel: string, root: string): XmlNode | null {
    const file = this.anyXml(rel);
    if (file === null) return null;
    return file.root === root ? file.tree : {};
  }

  /** Like `xml`, but a missing file is an error. */
  requireXml(rel: string, root: string): XmlNode {
    const node = this.xml(rel, root);
    if (node === null) throw new MbzReadError('missing-file', rel);
    return node;
  }

  /** The root element's name and content of any XML file of the folder. */
  anyXml(rel: string): { root: string; tree: XmlNode } | null {
    const text = this.text(rel);
    if (text === null) return null;
    try {
      const parsed = cleanTree(parseMbzXml(text.replace(/^\uFEFF/, ''), rel)) as XmlNode;
      const root = Object.keys(parsed).find((k) => k !== '?xml') ?? '';
      const tree = parsed[root];
      return { root, tree: typeof tree === 'object' && tree !== null ? (tree as XmlNode) : {} };
    } catch (error) {
      if (error instanceof MbzXmlError) throw MbzReadError.ofXml(error);
      throw error;
    }
  }
}
