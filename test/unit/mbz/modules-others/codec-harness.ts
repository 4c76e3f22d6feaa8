import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import type { Media } from '../../../../src/shared/domain/media';
import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { completionOf } from '../../../../src/main/formats/mbz/completion-fields';
import { MbzFiles, type MbzFileRecord } from '../../../../src/main/formats/mbz/mbz-files';
import type {
  ModuleCodec,
  ModuleReadContext,
  ModuleWriteContext,
  ModuleWriteResult,
} from '../../../../src/main/formats/mbz/mbz-module';
import { cleanTree, mbz } from '../../../../src/main/formats/mbz/mbz-tree';
import { buildMbzXml, parseMbzXml } from '../../../../src/main/formats/mbz/mbz-xml';
import { createMoodleHtml, type HtmlMemo } from '../../../../src/main/formats/mbz/moodle-html';
import { MoodleHtmlReader } from '../../../../src/main/formats/mbz/moodle-html-read';
import type { MoodleTarget } from '../../../../src/main/formats/mbz/moodle-target';

/** The lab's `users=0` references (README §1, §13) and the `users=1` one. */
export const REFERENCES: Readonly<Record<MoodleTarget, string>> = {
  '4.5': '/work/shared/reference/moodle/unpacked-ref-parcours-4.5-course-nousers',
  '4.1': '/work/shared/reference/moodle/unpacked-ref-parcours-4.1-course-nousers',
};
export const REFERENCE_USERS =
  '/work/shared/reference/moodle/unpacked-ref-parcours-4.5-course-default';

/** The backup date the writes use. */
export const TIME = 1_800_000_000;

const reader = new MoodleHtmlReader();
afterAll(() => {
  reader.close();
});

const parseFile = (path: string): XmlNode =>
  cleanTree(parseMbzXml(readFileSync(path, 'utf8'), path)) as XmlNode;

/** What the container hands a codec from one activity folder of a reference backup. */
export interface FolderRead {
  instance: XmlNode;
  module: XmlNode;
  gradeItems: XmlNode[];
  contextId: number;
  /** Its module's name (`lesson`); the container's, for a foreign module. */
  moduleName?: string;
}

/** Reads `activities/<folder>/` of a backup as the container does (whitespace-only text removed). */
export const readFolder = (dir: string, folder: string): FolderRead => {
  const mod = folder.slice(0, folder.lastIndexOf('_'));
  const activity = mbz.child(parseFile(`${dir}/activities/${folder}/${mod}.xml`), 'activity');
  const grades = mbz.child(
    parseFile(`${dir}/activities/${folder}/grades.xml`),
    'activity_gradebook',
  );
  return {
    instance: mbz.child(activity, mod),
    module: mbz.child(parseFile(`${dir}/activities/${folder}/module.xml`), 'module'),
    gradeItems: mbz
      .list(mbz.child(grades, 'grade_items'), 'grade_item')
      .map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'grade_grades'))),
    contextId: Number(mbz.attr(activity, 'contextid')),
    moduleName: mod,
  };
};

/**
 * The children of an instance element that are nested elements (records, or empty lists that
 * Moodle writes over two lines), from the file as written: Moodle writes them after the fields.
 */
export const nestedNames = (dir: string, folder: string): Set<string> => {
  const mod = folder.slice(0, folder.lastIndexOf('_'));
  const path = `${dir}/activities/${folder}/${mod}.xml`;
  const raw = mbz.child(mbz.child(parseMbzXml(readFileSync(path, 'utf8'), path), 'activity'), mod);
  return new Set(
    Object.entries(raw)
      .filter(([k]) => !k.startsWith('@_') && k !== '#text')
      .filter(([, v]) => typeof v !== 'string' || (v.includes('\n') && v.trim() === ''))
      .map(([k]) => k),
  );
};

/** The fields of an element that come after one of its nested elements (restore loses them). */
export const fieldsAfterNested = (node: XmlNode, nested: Set<string>): string[] => {
  const keys = Object.keys(node).filter((k) => !k.startsWith('@_'));
  const first = keys.findIndex((k) => nested.has(k));
  return first < 0 ? [] : keys.slice(first).filter((k) => !nested.has(k));
};

/** The `files.xml` records of one context of a backup, each file given a fake medium id. */
export const filesOfContext = (dir: string, contextId: number): MbzFileRecord[] =>
  mbz
    .list(mbz.child(parseFile(`${dir}/files.xml`), 'files'), 'file')
    .filter((f) => mbz.int(f, 'contextid') === contextId)
    .map((f) => ({
      id: mbz.id(f),
      contextId,
      component: mbz.str(f, 'component'),
      fileArea: mbz.str(f, 'filearea'),
      itemId: mbz.int(f, 'itemid'),
      contentHash: mbz.str(f, 'contenthash'),
      filePath: mbz.str(f, 'filepath'),
      fileName: mbz.str(f, 'filename'),
      fileSize: mbz.int(f, 'filesize'),
      mimeType: mbz.text(f, 'mimetype'),
      mediaId: mbz.str(f, 'filename') === '.' ? null : mediaIdOf(mbz.str(f, 'contenthash')),
      author: mbz.text(f, 'author'),
      license: mbz.text(f, 'license'),
      sortOrder: mbz.int(f, 'sortorder'),
    }));

/** A medium id (64 hex) made from a SHA-1. */
export const mediaIdOf = (sha1: string): string => sha1.padEnd(64, '0');

/** A medium of the test's library. */
export const fakeMedia = (id: string, name = 'file.pdf'): Media => ({
  id,
  name,
  mime: 'application/pdf',
  kind: 'pdf',
  sizeBytes: 1234,
  width: null,
  height: null,
  alt: '',
  decorative: false,
  captionsMediaId: null,
  hasThumbnail: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  author: '',
  licence: '',
});

/** A counter of fresh ids. */
export const counter = (first: number): (() => number) => {
  let next = first;
  return () => next++;
};

/** A write context with a real `MbzFiles` and `MoodleHtml`; notes are collected. */
export const writeContext = (target: MoodleTarget, memo: HtmlMemo = {}) => {
  const notes: string[] = [];
  const files = new MbzFiles((id) => ({ media: fakeMedia(id), sha1: id.slice(0, 40) }), 100);
  const note = (_fr: string, en: string): void => void notes.push(en);
  const ctx: ModuleWriteContext = {
    target,
    time: TIME,
    cmid: 30,
    instanceId: 7,
    contextId: 900,
    courseContextId: 2,
    files,
    html: createMoodleHtml({ write: { files, media: (id) => fakeMedia(id), warn: note }, memo }),
    newId: counter(1000),
    note,
    bank: {
      entryIdOf: () => undefined,
      categoryIdOf: () => undefined,
      contextIdOfCategory: () => undefined,
    },
  };
  return { ctx, notes, files };
};

/** A read context over what a folder holds; the HTML memo is filled as the container's is. */
export const readContext = (read: FolderRead, files: MbzFileRecord[] = [], memo: HtmlMemo = {}) => {
  const notes: string[] = [];
  const note = (_fr: string, en: string): void => void notes.push(en);
  const resolve = (
    area: { component: string; fileArea: string; itemId: number },
    path: string,
    name: string,
  ) => {
    const found = files.find(
      (f) =>
        f.component === area.component &&
        f.fileArea === area.fileArea &&
        f.itemId === area.itemId &&
        f.filePath === path &&
        f.fileName === name,
    );
    return found?.mediaId ? { mediaId: found.mediaId, kind: 'pdf' as const } : null;
  };
  let n = 0;
  const ctx: ModuleReadContext = {
    module: read.module,
    instance: read.instance,
    folder: {
      directory: 'x_1',
      moduleName: 'x',
      xml: [],
      rawFiles: {},
      gradeItems: read.gradeItems,
      files,
    },
    contextId: read.contextId,
    html: createMoodleHtml({ read: { reader, resolve, note }, memo }),
    mediaOf: (area, path, name) => resolve(area, path, name)?.mediaId ?? null,
    bank: { questionIdOfEntry: () => undefined, categoryIdOf: () => undefined },
    note,
    newId: () => `id-${++n}`,
  };
  return { ctx, notes, memo };
};

const omit = (node: XmlNode, keys: readonly string[]): XmlNode =>
  Object.fromEntries(
    Object.entries(node).filter(([k]) => !keys.includes(k) && !k.startsWith('@_')),
  );

/**
 * An activity read as the container reads one (read-activity.ts): title, intro, completion and
 * the kept source around the codec's own fields, which win.
 */
export const readActivity = <T extends Activity['type']>(
  codec: ModuleCodec<T>,
  read: FolderRead,
  files: MbzFileRecord[] = [],
): { activity: Extract<Activity, { type: T }>; notes: string[] } => {
  const { ctx, notes, memo } = readContext(read, files);
  const own = codec.read(ctx) as Record<string, unknown>;
  const introHtml = mbz.str(read.instance, 'intro');
  const introArea = { contextId: read.contextId, component: 'mod_x', fileArea: 'intro', itemId: 0 };
  const intro =
    'intro' in own || introHtml.trim() === '' ? null : ctx.html.read(introHtml, introArea);
  const container = {
    instance: omit(read.instance, ['name', 'intro', 'introformat', ...(codec.mapped ?? [])]),
    ...(read.gradeItems.length === 0 ? {} : { gradeItems: read.gradeItems }),
    html: memo,
  };
  const codecSource = mbz.isNode(own['moodle']) ? own['moodle'] : {};
  const activity = activitySchema.parse({
    id: 'a1',
    title: mbz.str(read.instance, 'name') || 'x',
    intro,
    completion: completionOf(read.module),
    ...(codec.type === 'foreign' ? { moduleName: read.moduleName } : {}),
    ...own,
    type: codec.type,
    moodle: JSON.parse(JSON.stringify({ ...container, ...codecSource })) as unknown,
  });
  return { activity: activity as Extract<Activity, { type: T }>, notes };
};

/** An element as it reads back from the file written (values as strings, NULL as `$@NULL@$`). */
export const asWritten = (node: XmlNode): XmlNode =>
  mbz.child(cleanTree(parseMbzXml(buildMbzXml('x', { e: node }), 'x.xml')) as XmlNode, 'x')
    .e as XmlNode;

/**
 * What a codec wrote for an activity: its instance, and the element the container writes from
 * it (write-activity.ts: id, name and intro first, then the kept source, then the codec's),
 * both as they read back from the file.
 */
export const writeActivity = <T extends Activity['type']>(
  codec: ModuleCodec<T>,
  activity: Extract<Activity, { type: T }>,
  target: MoodleTarget = '4.5',
) => {
  const memo = mbz.isNode(activity.moodle?.['html'])
    ? (activity.moodle['html'] as unknown as HtmlMemo)
    : {};
  const { ctx, notes, files } = writeContext(target, memo);
  const result: ModuleWriteResult = codec.write(activity, ctx);
  const codecIntro = result.instance['intro'];
  const introArea = { contextId: ctx.contextId, component: 'mod_x', fileArea: 'intro', itemId: 0 };
  const intro =
    typeof codecIntro === 'string' ? codecIntro : ctx.html.write(activity.intro, introArea).html;
  const kept = activity.moodle?.['instance'];
  const merged: XmlNode = {
    '@_id': ctx.instanceId,
    name: activity.title,
    intro,
    introformat: 1,
    ...(mbz.isNode(kept) ? kept : {}),
    ...result.instance,
  };
  Object.assign(merged, { name: activity.title, intro });
  return { result, instance: asWritten(result.instance), merged: asWritten(merged), notes, files };
};

/** Module folder, the module.xml a container writes for an activity (completion only). */
export const moduleXml = (activity: Activity, fields: XmlNode | undefined): XmlNode => {
  const completion = { none: 0, manual: 1, viewed: 2, submitted: 2, 'passing-grade': 2 }[
    activity.completion
  ];
  return asWritten({
    completion,
    completiongradeitemnumber: activity.completion === 'passing-grade' ? 0 : null,
    completionpassgrade: activity.completion === 'passing-grade' ? 1 : 0,
    completionview: activity.completion === 'viewed' ? 1 : 0,
    ...fields,
  });
};

/** Leaves that hold ids or times: never compared. */
const IGNORED = new Set(['@_id', 'timecreated', 'timemodified']);

/** The differences between two elements, leaf by leaf, ids and times aside. */
export const diffNodes = (a: unknown, b: unknown, path = '', ignored = IGNORED): string[] => {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left: unknown[] = Array.isArray(a) ? a : [a];
    const right: unknown[] = Array.isArray(b) ? b : [b];
    if (left.length !== right.length) return [`${path}: ${left.length} ≠ ${right.length} elements`];
    return left.flatMap((item, i) => diffNodes(item, right[i], `${path}[${i}]`, ignored));
  }
  if (mbz.isNode(a) || mbz.isNode(b)) {
    const left = mbz.isNode(a) ? a : {};
    const right = mbz.isNode(b) ? b : {};
    return [...new Set([...Object.keys(left), ...Object.keys(right)])]
      .filter((key) => !ignored.has(key))
      .flatMap((key) => {
        if (!(key in right)) return [`${path}/${key}: only in the first`];
        if (!(key in left)) return [`${path}/${key}: only in the second`];
        return diffNodes(left[key], right[key], `${path}/${key}`, ignored);
      });
  }
  const text = (v: unknown): string =>
    typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
  return text(a) === text(b) ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
};
