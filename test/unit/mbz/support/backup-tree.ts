import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { cleanTree } from '../../../../src/main/formats/mbz/mbz-tree';
import { parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import type { MbzBuild } from '../../../../src/main/formats/mbz/write-mbz';

/** A backup as the tests compare it: each XML file's root element by path, and the blobs. */
export interface BackupTree {
  xml: Map<string, { root: string; tree: XmlNode }>;
  blobs: Set<string>;
}

const parse = (text: string, path: string): { root: string; tree: XmlNode } => {
  const parsed = cleanTree(parseMbzXml(text, path)) as XmlNode;
  const root = Object.keys(parsed).find((k) => k !== '?xml') ?? '';
  const tree = parsed[root];
  return { root, tree: typeof tree === 'object' && tree !== null ? (tree as XmlNode) : {} };
};

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

/** An unpacked backup folder (the references). */
export const backupFromDir = (dir: string): BackupTree => {
  const xml = new Map<string, { root: string; tree: XmlNode }>();
  const blobs = new Set<string>();
  for (const full of walk(dir)) {
    const path = relative(dir, full).split(sep).join('/');
    if (path.endsWith('.xml')) xml.set(path, parse(readFileSync(full, 'utf8'), path));
    if (path.startsWith('files/')) blobs.add(path);
  }
  return { xml, blobs };
};

/** A backup `buildMbz` wrote. */
export const backupFromBuild = (build: MbzBuild): BackupTree => ({
  xml: new Map(
    build.entries
      .filter((e) => e.path.endsWith('.xml'))
      .map((e) => [e.path, parse(e.content, e.path)]),
  ),
  blobs: new Set(build.blobs.map((b) => b.path)),
});
