import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { mbz } from '../../../../src/main/formats/mbz/mbz-tree';
import type { BackupTree } from './backup-tree';

/** Leaves that hold ids, times or paths made of ids: never compared. */
const IGNORED = new Set([
  '@_id',
  '@_contextid',
  '@_moduleid',
  'id',
  'sectionid',
  'moduleid',
  'courseid',
  'contextid',
  'categoryid',
  'iteminstance',
  'timecreated',
  'timemodified',
  'added',
  'backup_date',
  'directory',
  'sequence',
  'original_course_id',
  'original_course_contextid',
  'backup_id',
  '@_backup_id',
  'quizid',
  'usingcontextid',
  'questionscontextid',
  'questionbankentryid',
]);

/** Each module's `modulename:title`, by cmid, to compare availability conditions. */
const cmNames = (b: BackupTree): Map<string, string> => {
  const contents = mbz.child(
    mbz.child(b.xml.get('moodle_backup.xml')?.tree ?? {}, 'information'),
    'contents',
  );
  return new Map(
    mbz
      .list(mbz.child(contents, 'activities'), 'activity')
      .map((a) => [mbz.str(a, 'moduleid'), `${mbz.str(a, 'modulename')}:${mbz.str(a, 'title')}`]),
  );
};

/** Availability JSON with each cmid replaced by its module's name and title. */
const namedAvailability = (tree: XmlNode, names: Map<string, string>): XmlNode => {
  const out = { ...tree };
  for (const key of ['availability', 'availabilityjson']) {
    const json = out[key];
    if (typeof json === 'string')
      out[key] = json.replace(
        /"cm":(-?\d+)/g,
        (_, cm: string) => `"cm":${JSON.stringify(names.get(cm) ?? cm)}`,
      );
  }
  return out;
};

/** The manifest's contents and settings, as sets of ids-free lines. */
const manifestLines = (b: BackupTree, pairs: Map<string, string> | null): string[] => {
  const info = mbz.child(b.xml.get('moodle_backup.xml')?.tree ?? {}, 'information');
  const contents = mbz.child(info, 'contents');
  const sectionTitles = new Map(
    mbz
      .list(mbz.child(contents, 'sections'), 'section')
      .map((s) => [mbz.str(s, 'sectionid'), mbz.str(s, 'title')]),
  );
  const rename = (name: string): string => {
    for (const [from, to] of pairs ?? []) {
      const base = from.slice(from.indexOf('/') + 1);
      if (name === base || name.startsWith(`${base}_`))
        return to.slice(to.indexOf('/') + 1) + name.slice(base.length);
    }
    return name;
  };
  return [
    ...mbz
      .list(mbz.child(contents, 'activities'), 'activity')
      .map(
        (a) =>
          `activity ${mbz.str(a, 'modulename')}:${mbz.str(a, 'title')} in ${sectionTitles.get(mbz.str(a, 'sectionid')) ?? '?'}`,
      ),
    ...mbz
      .list(mbz.child(contents, 'sections'), 'section')
      .map((s) => `section ${mbz.str(s, 'title')}`),
    ...mbz
      .list(mbz.child(info, 'settings'), 'setting')
      .filter((s) => mbz.str(s, 'name') !== 'filename')
      .map(
        (s) =>
          `setting ${mbz.str(s, 'level')} ${rename(mbz.str(s, 'name'))}=${mbz.str(s, 'value')}`,
      ),
  ].sort();
};

/** Folder pairs: each section and activity folder of the reference → the written one. */
const pairFolders = (ref: BackupTree, out: BackupTree): Map<string, string> => {
  const keyed = (b: BackupTree): Map<string, string> => {
    const contents = mbz.child(
      mbz.child(b.xml.get('moodle_backup.xml')?.tree ?? {}, 'information'),
      'contents',
    );
    const map = new Map<string, string>();
    for (const s of mbz.list(mbz.child(contents, 'sections'), 'section'))
      map.set(`section:${mbz.str(s, 'title')}`, mbz.str(s, 'directory'));
    for (const a of mbz.list(mbz.child(contents, 'activities'), 'activity'))
      map.set(`${mbz.str(a, 'modulename')}:${mbz.str(a, 'title')}`, mbz.str(a, 'directory'));
    return map;
  };
  const written = keyed(out);
  const pairs = new Map<string, string>();
  for (const [key, dir] of keyed(ref)) {
    const match = written.get(key);
    if (match !== undefined) pairs.set(dir, match);
  }
  return pairs;
};

const diffTree = (a: unknown, b: unknown, path: string, out: string[]): void => {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? a : [a];
    const right = Array.isArray(b) ? b : [b];
    if (left.length !== right.length)
      out.push(`${path}: ${left.length} ≠ ${right.length} elements`);
    left.slice(0, right.length).forEach((item, i) => {
      diffTree(item, right[i], `${path}[${i}]`, out);
    });
    return;
  }
  if (mbz.isNode(a) || mbz.isNode(b)) {
    const left = mbz.isNode(a) ? a : {};
    const right = mbz.isNode(b) ? b : {};
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      if (IGNORED.has(key)) continue;
      if (!(key in right)) out.push(`${path}/${key}: only in the reference`);
      else if (!(key in left)) out.push(`${path}/${key}: only in the output`);
      else diffTree(left[key], right[key], `${path}/${key}`, out);
    }
    return;
  }
  const leaf = (v: unknown): string =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  const left = leaf(a);
  const right = leaf(b);
  if (left !== right)
    out.push(
      `${path}: ${JSON.stringify(left.slice(0, 120))} ≠ ${JSON.stringify(right.slice(0, 120))}`,
    );
};

/** `files.xml` as a sorted list of what a file is and who made it, without ids or contexts. */
const fileKeys = (tree: XmlNode): string[] =>
  mbz
    .list(tree, 'file')
    .map((f) =>
      [
        'component',
        'filearea',
        'filepath',
        'filename',
        'contenthash',
        'filesize',
        'mimetype',
        'sortorder',
        'author',
        'license',
      ]
        .map((k) => mbz.str(f, k))
        .join(' '),
    )
    .sort();

/** An inforef as counts of each kind of reference. */
const inforefCounts = (tree: XmlNode): Record<string, number> =>
  Object.fromEntries(
    Object.entries(tree).map(([kind, refs]) => [
      kind,
      mbz.isNode(refs) ? Object.values(refs).flat().length : 0,
    ]),
  );

/**
 * The differences between a reference backup and a written one, file by file (folders paired
 * by section title and by module and title), ids and times ignored; `files.xml` compared as a
 * set of files, inforefs as counts. `skip` leaves files out (another codec's, the bank…).
 */
export const diffBackups = (
  ref: BackupTree,
  out: BackupTree,
  skip: (path: string) => boolean,
): string[] => {
  const pairs = pairFolders(ref, out);
  const refNames = cmNames(ref);
  const outNames = cmNames(out);
  const diffs: string[] = [];
  const expected = manifestLines(ref, pairs);
  const written = manifestLines(out, null);
  for (const l of expected) if (!written.includes(l)) diffs.push(`moodle_backup.xml: missing ${l}`);
  for (const l of written) if (!expected.includes(l)) diffs.push(`moodle_backup.xml: extra ${l}`);
  for (const [path, { tree: refTree }] of ref.xml) {
    if (skip(path)) continue;
    const tree = namedAvailability(refTree, refNames);
    const folder = path.slice(0, path.lastIndexOf('/'));
    const mapped =
      folder.startsWith('activities/') || folder.startsWith('sections/')
        ? pairs.has(folder)
          ? `${pairs.get(folder) ?? ''}${path.slice(folder.length)}`
          : null
        : path;
    const other = mapped === null ? undefined : out.xml.get(mapped);
    if (other === undefined) {
      diffs.push(`${path}: not written`);
    } else if (path === 'files.xml') {
      const written = fileKeys(other.tree);
      for (const k of fileKeys(tree))
        if (!written.includes(k)) diffs.push(`files.xml: missing ${k}`);
      for (const k of written) if (!fileKeys(tree).includes(k)) diffs.push(`files.xml: extra ${k}`);
    } else if (path.endsWith('inforef.xml')) {
      diffTree(inforefCounts(tree), inforefCounts(other.tree), path, diffs);
    } else if (path === 'moodle_backup.xml') {
      const info = (t: XmlNode): XmlNode => {
        const { contents: _c, settings: _s, ...rest } = mbz.child(t, 'information');
        return rest;
      };
      diffTree(info(tree), info(other.tree), path, diffs);
    } else {
      diffTree(tree, namedAvailability(other.tree, outNames), path, diffs);
    }
  }
  return diffs;
};
