import type { XmlNode } from '../moodle-xml/xml-node';
import { remapAvailability } from './availability';
import { completionFields } from './completion-fields';
import type { ActivityPlan } from './mbz-plan';
import type { MbzWriteState } from './mbz-write-state';
import { moodleDefaults } from './moodle-defaults';
import { MOODLE_VERSIONS } from './moodle-target';

/** Modules whose 4.1 plugin version differs from the release's (README §13.4). */
const VERSION_41: Readonly<Record<string, string>> = {
  assign: '2022112801',
  forum: '2022112801',
  label: '2022112801',
};

/** What `module.xml` needs beyond the plan: visibility and the codec's and source's fields. */
export interface ModuleXmlInput {
  plan: ActivityPlan;
  sectionId: number;
  sectionNumber: number;
  /** The activity's own visibility, and its section's (a hidden section hides its modules). */
  visible: boolean;
  sectionVisible: boolean;
  showDescription: boolean;
  stored: XmlNode | undefined;
  codecFields: XmlNode | undefined;
}

/**
 * `module.xml`: the course_modules row in Moodle's field order. Unmapped fields come from the
 * activity's source (or Moodle's defaults), completion and visibility from the activity, then
 * the codec's own fields win. A hidden section's modules are written hidden with `visibleold`
 * keeping their own state, as Moodle stores them.
 */
export const activityModuleXml = (input: ModuleXmlInput, state: MbzWriteState): XmlNode => {
  const { plan, stored } = input;
  const base: XmlNode = { ...moodleDefaults.module(), ...stored };
  const availability = remapAvailability(
    typeof base['availability'] === 'string' ? base['availability'] : null,
    (cm) => (typeof cm === 'string' ? state.plan.cmidOf.get(cm) : undefined),
    (what) => {
      state.warn(
        plan.activity.title,
        `Condition d'accès retirée : elle portait sur une activité absente (${what}).`,
        `Access condition removed: it referred to an activity that is not there (${what}).`,
      );
    },
  );
  const ordered: XmlNode = {
    '@_id': plan.cmid,
    '@_version':
      (state.target === '4.1' ? VERSION_41[plan.moduleName] : undefined) ??
      MOODLE_VERSIONS[state.target].pluginVersion,
    modulename: plan.moduleName,
    sectionid: input.sectionId,
    sectionnumber: input.sectionNumber,
    idnumber: base['idnumber'],
    added: state.time,
    score: base['score'],
    indent: base['indent'],
    visible: input.visible && input.sectionVisible,
    visibleoncoursepage: base['visibleoncoursepage'],
    visibleold: input.visible,
    groupmode: base['groupmode'],
    groupingid: base['groupingid'],
    ...completionFields(plan.activity.completion),
    completionexpected: base['completionexpected'],
    availability,
    showdescription: input.showDescription,
    downloadcontent: base['downloadcontent'],
    lang: base['lang'],
    tags: base['tags'],
  };
  return { ...ordered, ...withoutKeys(base, ordered), ...input.codecFields };
};

const withoutKeys = (node: XmlNode, taken: XmlNode): XmlNode =>
  Object.fromEntries(Object.entries(node).filter(([k]) => !(k in taken)));
