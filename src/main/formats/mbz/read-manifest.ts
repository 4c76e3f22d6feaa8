import type { MbzFolder } from './mbz-folder';
import { MbzReadError } from './mbz-read-error';
import { mbz } from './mbz-tree';

/** An activity the manifest lists. */
export interface ManifestActivity {
  cmid: number;
  sectionId: number;
  moduleName: string;
  title: string;
  /** `activities/page_19` */
  directory: string;
  included: boolean;
}

/** A section the manifest lists. */
export interface ManifestSection {
  id: number;
  title: string;
  directory: string;
  /** The cmid of the `mod_subsection` owning a delegated section (4.5), else null. */
  parentCmid: number | null;
  included: boolean;
}

/** What `moodle_backup.xml` says. */
export interface MbzManifest {
  release: string;
  moodleVersion: string;
  users: boolean;
  activities: ManifestActivity[];
  sections: ManifestSection[];
}

const SAFE_DIR = /^(activities|sections)\/[A-Za-z0-9_]+$/;

/** The single folder holding the backup, when an archive wrapped it in one. */
const wrapper = (folder: MbzFolder): string | null => {
  const entries = folder.list('').filter((e) => !e.startsWith('.') && e !== '__MACOSX');
  const only = entries[0];
  if (entries.length !== 1 || only === undefined) return null;
  return folder.isFile(`${only}/moodle_backup.xml`) ? only : null;
};

/**
 * Reads the manifest of an extracted course backup. Refused with a clear error: no manifest,
 * a backup inside a top-level folder (Moodle refuses it too), an activity or section backup,
 * another format than moodle2 (IMS CC).
 */
export const readManifest = (folder: MbzFolder): MbzManifest => {
  if (!folder.isFile('moodle_backup.xml')) {
    const inner = wrapper(folder);
    throw inner === null
      ? new MbzReadError('not-a-backup')
      : new MbzReadError('nested-folder', inner);
  }
  const info = mbz.child(folder.requireXml('moodle_backup.xml', 'moodle_backup'), 'information');
  const detail = mbz.child(mbz.child(info, 'details'), 'detail');
  const type = mbz.str(detail, 'type');
  if (type === 'activity') throw new MbzReadError('activity-backup');
  if (type === 'section') throw new MbzReadError('section-backup');
  const format = mbz.str(detail, 'format');
  if (format !== '' && format !== 'moodle2') throw new MbzReadError('not-moodle2', format);
  const settings = new Map<string, string>();
  for (const s of mbz.list(mbz.child(info, 'settings'), 'setting')) {
    settings.set(mbz.str(s, 'name'), mbz.str(s, 'value'));
  }
  const included = (name: string): boolean => settings.get(`${name}_included`) !== '0';
  const contents = mbz.child(info, 'contents');
  const safe = (dir: string): string => {
    if (!SAFE_DIR.test(dir)) throw new MbzReadError('unsafe-path', dir);
    return dir;
  };
  const activities = mbz.list(mbz.child(contents, 'activities'), 'activity').map((a) => {
    const directory = safe(mbz.str(a, 'directory'));
    return {
      cmid: mbz.int(a, 'moduleid'),
      sectionId: mbz.int(a, 'sectionid'),
      moduleName: mbz.str(a, 'modulename'),
      title: mbz.str(a, 'title'),
      directory,
      included: included(directory.slice('activities/'.length)),
    };
  });
  const sections = mbz.list(mbz.child(contents, 'sections'), 'section').map((s) => {
    const directory = safe(mbz.str(s, 'directory'));
    const parent = mbz.str(s, 'parentcmid');
    return {
      id: mbz.int(s, 'sectionid'),
      title: mbz.str(s, 'title'),
      directory,
      parentCmid: parent === '' ? null : Number(parent),
      included: included(directory.slice('sections/'.length)),
    };
  });
  return {
    release: mbz.str(info, 'moodle_release'),
    moodleVersion: mbz.str(info, 'moodle_version'),
    users: settings.get('users') === '1',
    activities,
    sections,
  };
};
