import type { XmlNode } from '../moodle-xml/xml-node';
import type { MbzFolder } from './mbz-folder';
import type { MbzMediaRegistry } from './mbz-media-registry';
import type { MbzXmlFile, RawActivityFolder } from './mbz-module';
import type { KeptOverride } from './mbz-source';
import { mbz } from './mbz-tree';
import { MOODLE_ROLE_OF, VIEW_HIDDEN_ACTIVITIES } from './role-visibility';
import { withoutUserData } from './user-data';

/** Files of an activity folder that only hold user data (users=1): never imported. */
const USER_FILES = ['comments.xml', 'completion.xml', 'xapistate.xml', 'grade_history.xml'];
/** Files the container reads itself; the others are kept as they are (without user data). */
const READ = ['module.xml', 'inforef.xml', 'grades.xml', 'roles.xml'];

const TRAINER_ROLES: readonly string[] = Object.values(MOODLE_ROLE_OF).filter(
  (r) => r !== 'student',
);

/** A role of the root `roles.xml`, by id. */
export type RoleOfId = (id: number) => KeptOverride['role'] | undefined;

/** An activity folder as read: the raw folder for codecs, and what the container keeps. */
export interface ActivityFolderRead {
  raw: RawActivityFolder;
  module: XmlNode;
  /** The `<activity>` root of `<mod>.xml` (attributes: id, moduleid, contextid). */
  activity: XmlNode;
  /** Trainer roles with a PREVENT on viewing the hidden activity. */
  prevented: string[];
  /** Other role overrides, kept to be written back. */
  overrides: KeptOverride[];
  /** The folder's other files that say something (calendar events, filters, grading…). */
  kept: MbzXmlFile[];
}

const overridesOf = (roles: XmlNode, roleOf: RoleOfId) =>
  mbz.list(mbz.child(roles, 'role_overrides'), 'override').flatMap((o) => {
    const role = roleOf(mbz.int(o, 'roleid', -1));
    if (role === undefined) return [];
    return [{ role, capability: mbz.str(o, 'capability'), permission: mbz.int(o, 'permission') }];
  });

/**
 * Reads `activities/<mod>_<cmid>/`: every XML file (parsed), its grade items without grades,
 * its role overrides split into Atelier's visibility PREVENTs and the others, the other files
 * that hold something, and the `files.xml` records of its context.
 */
export const readActivityFolder = (
  folder: MbzFolder,
  directory: string,
  moduleName: string,
  registry: MbzMediaRegistry,
  roleOf: RoleOfId,
): ActivityFolderRead => {
  const names = folder.list(directory).filter((n) => n.endsWith('.xml') && !USER_FILES.includes(n));
  const xml = names.flatMap((name) => {
    const file = folder.anyXml(`${directory}/${name}`);
    return file === null ? [] : [{ name, root: file.root, tree: withoutUserData(file.tree) }];
  });
  const tree = (name: string): XmlNode => xml.find((f) => f.name === name)?.tree ?? {};
  const activity = tree(`${moduleName}.xml`);
  const contextId = Number(mbz.attr(activity, 'contextid'));
  const gradeItems = mbz
    .list(mbz.child(tree('grades.xml'), 'grade_items'), 'grade_item')
    .map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'grade_grades')));
  const all = overridesOf(tree('roles.xml'), roleOf);
  const isVisibility = (o: KeptOverride): boolean =>
    o.capability === VIEW_HIDDEN_ACTIVITIES &&
    o.permission < 0 &&
    TRAINER_ROLES.includes(o.role.shortname);
  const own = [`${moduleName}.xml`, 'module.xml', 'inforef.xml'];
  const rawFiles = Object.fromEntries(
    names.filter((n) => !own.includes(n)).map((n) => [n, folder.text(`${directory}/${n}`) ?? '']),
  );
  return {
    raw: {
      directory: directory.slice('activities/'.length),
      moduleName,
      xml,
      rawFiles,
      gradeItems,
      files: Number.isNaN(contextId) ? [] : registry.inContext(contextId),
    },
    module: tree('module.xml'),
    activity,
    prevented: all.filter(isVisibility).map((o) => o.role.shortname),
    overrides: all.filter((o) => !isVisibility(o)),
    kept: xml.filter(
      (f) => ![...READ, `${moduleName}.xml`].includes(f.name) && mbz.hasContent(f.tree),
    ),
  };
};
