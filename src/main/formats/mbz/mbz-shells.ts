import type { MbzXmlFile } from './mbz-module';
import type { MoodleTarget } from './moodle-target';

const file = (name: string, root: string, tree: MbzXmlFile['tree'] = {}): MbzXmlFile => ({
  name,
  root,
  tree,
});

/** An empty `roles.xml` (overrides and assignments). */
export const emptyRoles = (): MbzXmlFile =>
  file('roles.xml', 'roles', { role_overrides: {}, role_assignments: {} });

/** An empty `filters.xml`. */
export const emptyFilters = (): MbzXmlFile =>
  file('filters.xml', 'filters', { filter_actives: {}, filter_configs: {} });

/**
 * The files every activity folder must have even when empty (README §3, mbz-tolerance.md
 * 3x-*): restore stops without grades, roles, filters or calendar; competencies and
 * grade_history are written as Moodle does.
 */
export const activityShells = (): MbzXmlFile[] => [
  file('grades.xml', 'activity_gradebook', { grade_items: {}, grade_letters: {} }),
  emptyRoles(),
  emptyFilters(),
  file('calendar.xml', 'events'),
  file('competencies.xml', 'course_module_competencies', { competencies: {} }),
  file('grade_history.xml', 'grade_history', { grade_grades: {} }),
];

/** The empty files of `course/` (calendar, contentbank, filters, roles are required). */
export const courseShells = (): MbzXmlFile[] => [
  file('calendar.xml', 'events'),
  file('competencies.xml', 'course_competencies', { competencies: {}, user_competencies: {} }),
  file('completiondefaults.xml', 'course_completion_defaults'),
  file('contentbank.xml', 'contents'),
  emptyFilters(),
  emptyRoles(),
];

/** The empty root files (groups, outcomes and scales are required). */
export const rootShells = (target: MoodleTarget): MbzXmlFile[] => [
  file(
    'groups.xml',
    'groups',
    target === '4.5'
      ? { groupcustomfields: {}, groupings: { groupingcustomfields: {} } }
      : { groupings: {} },
  ),
  file('outcomes.xml', 'outcomes_definition'),
  file('scales.xml', 'scales_definition'),
  file('grade_history.xml', 'grade_history', { grade_grades: {} }),
  file('completion.xml', 'course_completion'),
];
