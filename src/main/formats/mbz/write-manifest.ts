import type { Parcours } from '../../../shared/domain/parcours';
import type { XmlNode } from '../moodle-xml/xml-node';
import type { MbzPlan } from './mbz-plan';
import { xmlEntry, type MbzEntry } from './mbz-write-state';
import { MOODLE_VERSIONS, type MoodleTarget } from './moodle-target';

/** What the manifest says of the backup itself. */
export interface ManifestInput {
  parcours: Parcours;
  plan: MbzPlan;
  target: MoodleTarget;
  time: number;
  fileName: string;
  backupId: string;
  siteHash: string;
  format: string;
  startDate: number;
  endDate: number;
}

/** The root settings of a course backup without user data, in Moodle's order (README §4). */
const rootSettings = (target: MoodleTarget, fileName: string): [string, string | number][] => [
  ['filename', fileName],
  ['imscc11', 0],
  ['users', 0],
  ['anonymize', 0],
  ['role_assignments', 0],
  ['activities', 1],
  ['blocks', 1],
  ['files', 1],
  ['filters', 1],
  ['comments', 0],
  ['badges', 0],
  ['calendarevents', 1],
  ['userscompletion', 0],
  ['logs', 0],
  ['grade_histories', 0],
  ['questionbank', 1],
  ['groups', 0],
  ['competencies', 1],
  ['customfield', 1],
  ['contentbankcontent', 1],
  ...(target === '4.5' ? ([['xapistate', 0]] as [string, number][]) : []),
  ['legacyfiles', 1],
];

const itemSettings = (level: 'section' | 'activity', name: string): XmlNode[] =>
  (['included', 'userinfo'] as const).map((kind) => ({
    level,
    [level]: name,
    name: `${name}_${kind}`,
    value: kind === 'included' ? 1 : 0,
  }));

/**
 * `moodle_backup.xml`: the declared versions of the target (README §13.7), the original course,
 * the contents (every section and activity folder, in outline order) and the settings. The
 * 4.5-only elements (`insubsection`, `parentcmid`, `modname`) are left out for 4.1.
 */
export const writeManifest = (input: ManifestInput): MbzEntry => {
  const { plan, target, parcours } = input;
  const versions = MOODLE_VERSIONS[target];
  const only45 = (fields: XmlNode): XmlNode => (target === '4.5' ? fields : {});
  const activities = plan.sections.flatMap((s) =>
    s.activities.map((a) => ({
      moduleid: a.cmid,
      sectionid: s.id,
      modulename: a.moduleName,
      title: a.activity.title,
      directory: a.directory,
      ...only45({ insubsection: '' }),
    })),
  );
  const sections = plan.sections.map((s) => ({
    sectionid: s.id,
    title: s.section.title,
    directory: s.directory,
    ...only45({ parentcmid: '', modname: '' }),
  }));
  const settings = [
    ...rootSettings(target, input.fileName).map(([name, value]) => ({
      level: 'root',
      name,
      value,
    })),
    ...plan.sections.flatMap((s) => [
      ...itemSettings('section', `section_${s.id}`),
      ...s.activities.flatMap((a) => itemSettings('activity', `${a.moduleName}_${a.cmid}`)),
    ]),
  ];
  const information: XmlNode = {
    name: input.fileName,
    moodle_version: versions.moodleVersion,
    moodle_release: versions.moodleRelease,
    backup_version: versions.backupVersion,
    backup_release: versions.backupRelease,
    backup_date: input.time,
    mnet_remoteusers: 0,
    include_files: 1,
    include_file_references_to_external_content: 0,
    original_wwwroot: 'https://atelier.invalid',
    original_site_identifier_hash: input.siteHash,
    original_course_id: plan.courseId,
    original_course_format: input.format,
    original_course_fullname: parcours.title,
    original_course_shortname: parcours.shortName,
    original_course_startdate: input.startDate,
    original_course_enddate: input.endDate,
    original_course_contextid: plan.courseContextId,
    original_system_contextid: 1,
    details: {
      detail: {
        '@_backup_id': input.backupId,
        type: 'course',
        format: 'moodle2',
        interactive: '',
        mode: 10,
        execution: 1,
        executiontime: 0,
      },
    },
    contents: {
      activities: activities.length === 0 ? {} : { activity: activities },
      sections: sections.length === 0 ? {} : { section: sections },
      course: { courseid: plan.courseId, title: parcours.shortName, directory: 'course' },
    },
    settings: { setting: settings },
  };
  return xmlEntry('', { name: 'moodle_backup.xml', root: 'moodle_backup', tree: { information } });
};
