import type { XmlNode } from '../../../../src/main/formats/moodle-xml/xml-node';
import { mbz } from '../../../../src/main/formats/mbz/mbz-tree';
import type { BackupTree } from './backup-tree';

/** The files restore stops without (README §3, mbz-tolerance.md). */
const REQUIRED_ROOT = [
  'moodle_backup.xml',
  'files.xml',
  'questions.xml',
  'roles.xml',
  'groups.xml',
  'outcomes.xml',
  'scales.xml',
];
const REQUIRED_COURSE = [
  'course.xml',
  'calendar.xml',
  'contentbank.xml',
  'filters.xml',
  'roles.xml',
];
const REQUIRED_ACTIVITY = ['module.xml', 'grades.xml', 'roles.xml', 'filters.xml', 'calendar.xml'];

const ids = (node: XmlNode, outer: string, inner: string): number[] =>
  mbz.list(mbz.child(node, outer), inner).map((n) => mbz.int(n, 'id', -1));

/**
 * Every cross reference restore follows (README §5), checked on one backup: manifest ⇄ module
 * and section folders, module ⇄ section ids and numbers, files' contexts and directory records,
 * inforef file, role, grade item and question category ids, every file of a context listed in
 * its owner's inforef, blobs present, availability cmids. Returns the problems found.
 */
export const checkReferences = (b: BackupTree): string[] => {
  const problems: string[] = [];
  const get = (path: string): XmlNode | undefined => b.xml.get(path)?.tree;
  for (const f of REQUIRED_ROOT) if (!b.xml.has(f)) problems.push(`missing ${f}`);
  for (const f of REQUIRED_COURSE)
    if (!b.xml.has(`course/${f}`)) problems.push(`missing course/${f}`);
  const info = mbz.child(get('moodle_backup.xml') ?? {}, 'information');
  const contents = mbz.child(info, 'contents');
  const courseContext = mbz.int(info, 'original_course_contextid', -1);
  const course = get('course/course.xml') ?? {};
  if (Number(mbz.attr(course, 'contextid')) !== courseContext)
    problems.push('course contextid ≠ manifest');
  const sectionNumbers = new Map<number, number>();
  for (const s of mbz.list(mbz.child(contents, 'sections'), 'section')) {
    const dir = mbz.str(s, 'directory');
    const node = get(`${dir}/section.xml`);
    if (node === undefined) problems.push(`missing ${dir}/section.xml`);
    else if (mbz.id(node) !== mbz.int(s, 'sectionid'))
      problems.push(`${dir}: section id ≠ manifest`);
    if (node !== undefined) sectionNumbers.set(mbz.id(node), mbz.int(node, 'number'));
  }
  const fileRecords = mbz.list(get('files.xml') ?? {}, 'file');
  const fileIds = new Set(fileRecords.map((f) => mbz.id(f)));
  const contexts = new Set([courseContext]);
  const cmids = new Set<number>();
  const owners: { context: number; inforef: string; filter: (f: XmlNode) => boolean }[] = [];
  for (const a of mbz.list(mbz.child(contents, 'activities'), 'activity')) {
    const dir = mbz.str(a, 'directory');
    const cmid = mbz.int(a, 'moduleid');
    cmids.add(cmid);
    for (const f of REQUIRED_ACTIVITY)
      if (!b.xml.has(`${dir}/${f}`)) problems.push(`missing ${dir}/${f}`);
    const module = get(`${dir}/module.xml`) ?? {};
    const mod = mbz.str(a, 'modulename');
    const activity = b.xml.get(`${dir}/${mod}.xml`);
    if (dir !== `activities/${mod}_${cmid}`)
      problems.push(`${dir}: directory ≠ modulename_moduleid`);
    if (mbz.id(module) !== cmid) problems.push(`${dir}: module id ≠ moduleid`);
    if (mbz.int(module, 'sectionid') !== mbz.int(a, 'sectionid'))
      problems.push(`${dir}: sectionid ≠ manifest`);
    if (sectionNumbers.get(mbz.int(module, 'sectionid')) !== mbz.int(module, 'sectionnumber'))
      problems.push(`${dir}: sectionnumber ≠ section`);
    if (activity === undefined || activity.root !== 'activity') {
      problems.push(`missing ${dir}/${mod}.xml`);
      continue;
    }
    if (Number(mbz.attr(activity.tree, 'moduleid')) !== cmid)
      problems.push(`${dir}: activity moduleid`);
    const context = Number(mbz.attr(activity.tree, 'contextid'));
    contexts.add(context);
    owners.push({
      context,
      inforef: `${dir}/inforef.xml`,
      filter: (f) => mbz.int(f, 'contextid') === context,
    });
    const inforef = get(`${dir}/inforef.xml`) ?? {};
    const grades = mbz
      .list(mbz.child(get(`${dir}/grades.xml`) ?? {}, 'grade_items'), 'grade_item')
      .map((g) => mbz.id(g));
    for (const id of ids(inforef, 'grade_itemref', 'grade_item'))
      if (!grades.includes(id)) problems.push(`${dir}: grade_itemref ${id} not in grades.xml`);
  }
  for (const s of mbz.list(mbz.child(contents, 'sections'), 'section')) {
    const id = mbz.int(s, 'sectionid');
    owners.push({
      context: courseContext,
      inforef: `${mbz.str(s, 'directory')}/inforef.xml`,
      filter: (f) =>
        mbz.int(f, 'contextid') === courseContext &&
        mbz.str(f, 'filearea') === 'section' &&
        mbz.int(f, 'itemid') === id,
    });
  }
  owners.push({
    context: courseContext,
    inforef: 'course/inforef.xml',
    filter: (f) =>
      mbz.int(f, 'contextid') === courseContext &&
      mbz.str(f, 'component') === 'course' &&
      ['summary', 'overviewfiles'].includes(mbz.str(f, 'filearea')),
  });
  const categories = mbz.list(get('questions.xml') ?? {}, 'question_category');
  const categoryIds = new Set(categories.map((c) => mbz.id(c)));
  for (const c of categories) contexts.add(mbz.int(c, 'contextid'));
  const roleIds = new Set(mbz.list(get('roles.xml') ?? {}, 'role').map((r) => mbz.id(r)));
  const rolerefs = new Set<number>();
  for (const [path, { tree }] of b.xml) {
    if (!path.endsWith('inforef.xml')) continue;
    for (const id of ids(tree, 'fileref', 'file'))
      if (!fileIds.has(id)) problems.push(`${path}: file ${id} not in files.xml`);
    for (const id of ids(tree, 'question_categoryref', 'question_category'))
      if (!categoryIds.has(id))
        problems.push(`${path}: question category ${id} not in questions.xml`);
    for (const id of ids(tree, 'roleref', 'role')) {
      rolerefs.add(id);
      if (!roleIds.has(id)) problems.push(`${path}: role ${id} not in roles.xml`);
    }
  }
  for (const [path, { tree }] of b.xml) {
    if (!path.endsWith('/roles.xml')) continue;
    for (const o of mbz.list(mbz.child(tree, 'role_overrides'), 'override'))
      if (!rolerefs.has(mbz.int(o, 'roleid')))
        problems.push(`${path}: override role ${mbz.int(o, 'roleid')} in no roleref`);
  }
  for (const owner of owners) {
    const listed = new Set(ids(get(owner.inforef) ?? {}, 'fileref', 'file'));
    for (const f of fileRecords.filter(owner.filter))
      if (!listed.has(mbz.id(f))) problems.push(`${owner.inforef}: file ${mbz.id(f)} not listed`);
  }
  const areas = new Set<string>();
  const key = (f: XmlNode): string =>
    ['contextid', 'component', 'filearea', 'itemid'].map((k) => mbz.str(f, k)).join('/');
  for (const f of fileRecords) if (mbz.str(f, 'filename') === '.') areas.add(key(f));
  for (const f of fileRecords) {
    if (!contexts.has(mbz.int(f, 'contextid')))
      problems.push(`files.xml: file ${mbz.id(f)} in an unknown context`);
    if (!areas.has(key(f))) problems.push(`files.xml: area ${key(f)} has no directory record`);
    const hash = mbz.str(f, 'contenthash');
    if (mbz.str(f, 'filename') !== '.' && !b.blobs.has(`files/${hash.slice(0, 2)}/${hash}`))
      problems.push(`files.xml: blob of file ${mbz.id(f)} missing`);
  }
  for (const [path, { tree }] of b.xml) {
    const json = path.endsWith('section.xml')
      ? mbz.text(tree, 'availabilityjson')
      : path.endsWith('module.xml')
        ? mbz.text(tree, 'availability')
        : null;
    for (const m of (json ?? '').matchAll(/"cm":(-?\d+)/g))
      if (!cmids.has(Number(m[1])))
        problems.push(`${path}: availability cm ${m[1]} not in the backup`);
  }
  return problems;
};
