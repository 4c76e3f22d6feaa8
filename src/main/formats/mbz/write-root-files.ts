import { fileRecordXml } from './mbz-files';
import { GRADE_ITEM_TEMPLATE } from './modules/shared/grade-item';
import { rootShells } from './mbz-shells';
import { xmlEntry, type MbzEntry, type MbzWriteState } from './mbz-write-state';
import type { XmlNode } from '../moodle-xml/xml-node';

/** `gradebook.xml`: the course's grade category and its total, as a new course has them. */
const gradebook = (state: MbzWriteState): XmlNode => ({
  attributes: {},
  grade_categories: {
    grade_category: {
      '@_id': state.gradeCategoryId,
      parent: null,
      depth: 1,
      path: `/${state.gradeCategoryId}/`,
      fullname: '?',
      aggregation: 13,
      keephigh: 0,
      droplow: 0,
      aggregateonlygraded: 1,
      aggregateoutcomes: 0,
      timecreated: state.time,
      timemodified: state.time,
      hidden: 0,
    },
  },
  grade_items: {
    // The course total: a module item's fields with the course's values.
    grade_item: {
      '@_id': 1,
      ...GRADE_ITEM_TEMPLATE,
      itemname: null,
      itemtype: 'course',
      itemmodule: null,
      iteminstance: state.gradeCategoryId,
      itemnumber: null,
      idnumber: null,
      timecreated: state.time,
      timemodified: state.time,
      grade_grades: {},
    },
  },
  grade_letters: {},
  grade_settings: { grade_setting: { '@_id': '', name: 'minmaxtouse', value: 1 } },
});

/**
 * The root files, written once every section and activity has added its files and roles:
 * `files.xml`, `roles.xml` (the roles used anywhere), `gradebook.xml`, `questions.xml` (the
 * bank writer's, or an empty bank) and the empty shells restore requires.
 */
export const writeRootFiles = (state: MbzWriteState, questionsXml: XmlNode | null): MbzEntry[] => {
  const records = state.files.records().map((r) => fileRecordXml(r, state.time));
  const roles = state.roles.definitions().map((r) => ({
    '@_id': r.id,
    name: r.name,
    shortname: r.shortname,
    nameincourse: null,
    description: '',
    sortorder: r.id,
    archetype: r.archetype,
  }));
  return [
    xmlEntry('', {
      name: 'files.xml',
      root: 'files',
      tree: records.length === 0 ? {} : { file: records },
    }),
    xmlEntry('', { name: 'questions.xml', root: 'question_categories', tree: questionsXml ?? {} }),
    xmlEntry('', {
      name: 'roles.xml',
      root: 'roles_definition',
      tree: roles.length === 0 ? {} : { role: roles },
    }),
    xmlEntry('', { name: 'gradebook.xml', root: 'gradebook', tree: gradebook(state) }),
    ...rootShells(state.target).map((f) => xmlEntry('', f)),
  ];
};
