import type { XmlNode } from '../../../moodle-xml/xml-node';
import type { MoodleTarget } from '../../moodle-target';
import { emptyUserData } from './user-data';

/** Flags, submissions, grades and overrides: the participants' (overrides name them). */
export const ASSIGN_USER_DATA = ['userflags', 'submissions', 'grades', 'overrides'] as const;

/**
 * `assign.xml` of a new assignment as each target writes it (the references' values). Moodle
 * 4.5 reopens attempts "until pass" with one attempt where 4.1 wrote "never" with unlimited
 * attempts: the same behaviour, each written as its own version does (README §13.4, §13.7);
 * 4.5 alone has `markinganonymous`. `plugin_configs` is filled by `pluginConfigsXml`.
 */
export const assignTemplate = (target: MoodleTarget): XmlNode => ({
  name: '',
  intro: '',
  introformat: 1,
  alwaysshowdescription: 1,
  submissiondrafts: 1,
  sendnotifications: 0,
  sendlatenotifications: 0,
  sendstudentnotifications: 1,
  duedate: 0,
  cutoffdate: 0,
  gradingduedate: 0,
  allowsubmissionsfromdate: 0,
  grade: 100,
  timemodified: 0,
  completionsubmit: 0,
  requiresubmissionstatement: 0,
  teamsubmission: 0,
  requireallteammemberssubmit: 0,
  teamsubmissiongroupingid: 0,
  blindmarking: 0,
  hidegrader: 0,
  revealidentities: 0,
  attemptreopenmethod: target === '4.1' ? 'none' : 'untilpass',
  maxattempts: target === '4.1' ? -1 : 1,
  markingworkflow: 0,
  markingallocation: 0,
  ...(target === '4.1' ? {} : { markinganonymous: 0 }),
  preventsubmissionnotingroup: 0,
  activity: null,
  activityformat: 0,
  timelimit: 0,
  submissionattachments: 0,
  userflags: '',
  submissions: '',
  grades: '',
  plugin_configs: '',
  ...emptyUserData(['overrides']),
});
