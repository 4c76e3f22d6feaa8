import type { XmlNode } from '../moodle-xml/xml-node';
import type { MoodleTarget } from './moodle-target';

/**
 * Moodle 4.5's values for what Atelier does not decide, as the reference course has them
 * (`unpacked-ref-parcours-4.5-course-nousers/`): what a course, module or enrolment made in
 * Atelier is written with. An imported item writes its own values instead.
 */
export const moodleDefaults = {
  /** `course.xml` after the mapped fields, in Moodle's order. */
  course: (time: number, target: MoodleTarget): XmlNode => ({
    format: 'topics',
    showgrades: 1,
    newsitems: 0,
    startdate: time,
    enddate: 0,
    marker: 0,
    maxbytes: 0,
    legacyfiles: 0,
    showreports: 0,
    visible: 1,
    groupmode: 0,
    groupmodeforce: 0,
    defaultgroupingid: 0,
    lang: '',
    theme: '',
    timecreated: time,
    timemodified: time,
    requested: 0,
    showactivitydates: 0,
    showcompletionconditions: 1,
    ...(target === '4.5' ? { pdfexportfont: null } : {}),
    enablecompletion: 1,
    completionnotify: 0,
    category: { '@_id': 1, name: 'Atelier', description: '' },
    tags: {},
  }),
  /** Topics format options: hidden sections are not shown at all to students. */
  formatOptions: (format: string): XmlNode[] => [
    { format, sectionid: 0, name: 'hiddensections', value: 1 },
    { format, sectionid: 0, name: 'coursedisplay', value: 0 },
  ],
  /** `module.xml` fields Atelier does not map. */
  module: (): XmlNode => ({
    idnumber: '',
    score: 0,
    indent: 0,
    visibleoncoursepage: 1,
    groupmode: 0,
    groupingid: 0,
    completionexpected: 0,
    downloadcontent: 1,
    lang: null,
    tags: {},
  }),
  /** Manual (on), guest and self enrolment (off), as a new course gets them. */
  enrolments: (time: number, target: MoodleTarget): XmlNode[] => {
    const custom = (values: Record<string, number | null>): XmlNode => {
      const out: XmlNode = {};
      for (let i = 1; i <= 8; i += 1) out[`customint${i}`] = values[`customint${i}`] ?? null;
      for (const name of ['customchar1', 'customchar2', 'customchar3', 'customdec1', 'customdec2'])
        out[name] = null;
      for (let i = 1; i <= 4; i += 1) out[`customtext${i}`] = null;
      return out;
    };
    const enrol = (
      id: number,
      kind: string,
      fields: XmlNode,
      ints: Record<string, number | null>,
    ) => ({
      '@_id': id,
      enrol: kind,
      ...fields,
      ...custom(ints),
      timecreated: time,
      timemodified: time,
      user_enrolments: {},
    });
    const base = (status: number, threshold: number, password: string | null, roleid: number) => ({
      status,
      name: null,
      enrolperiod: 0,
      enrolstartdate: 0,
      enrolenddate: 0,
      expirynotify: 0,
      expirythreshold: threshold,
      notifyall: 0,
      password,
      cost: null,
      currency: null,
      roleid,
    });
    return [
      enrol(1, 'manual', base(0, 86400, null, 5), { customint1: target === '4.5' ? 1 : null }),
      enrol(2, 'guest', base(1, 0, '', 0), {}),
      enrol(3, 'self', base(1, 86400, null, 5), {
        customint1: 0,
        customint2: 0,
        customint3: 0,
        customint4: 1,
        customint5: 0,
        customint6: 1,
      }),
    ];
  },
};

/** Elements only Moodle 4.5 writes (README §13.4): left out of a backup for 4.1. */
export const ONLY_IN_45: Readonly<Record<string, readonly string[]>> = {
  course: ['pdfexportfont'],
  section: ['component', 'itemid'],
  assign: ['markinganonymous'],
  quiz: ['reviewmaxmarks', 'quiz_grade_items'],
};

/** `node` without the elements `kind` only has in 4.5, when writing for 4.1. */
export const forTarget = (node: XmlNode, kind: string, target: MoodleTarget): XmlNode => {
  if (target === '4.5') return node;
  const drop = ONLY_IN_45[kind] ?? [];
  return Object.fromEntries(Object.entries(node).filter(([k]) => !drop.includes(k)));
};
