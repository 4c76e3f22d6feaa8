import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/shared/domain/activity';
import { MOODLE_TARGETS } from '../../../../src/main/formats/mbz/moodle-target';
import {
  asWritten,
  diffNodes,
  fieldsAfterNested,
  nestedNames,
  readActivity,
  readFolder,
  REFERENCE_USERS,
  REFERENCES,
  writeActivity,
} from './codec-harness';
import { REFERENCE_MODULES } from './reference-modules';

/** An activity's own fields, feedback item ids replaced by their rank. */
const own = (activity: Activity, keys: readonly string[]): Record<string, unknown> => {
  const picked = Object.fromEntries(keys.map((k) => [k, (activity as Record<string, unknown>)[k]]));
  if (Array.isArray(picked['items'])) {
    picked['items'] = (picked['items'] as { id: string }[]).map((item, i) => ({
      ...item,
      id: `item-${i}`,
    }));
  }
  return picked;
};

/** Ids, times and the grade item fields only the container knows. */
const GRADE_IGNORED = new Set([
  '@_id',
  'timecreated',
  'timemodified',
  'categoryid',
  'iteminstance',
  'grade_grades',
]);

describe.each(MOODLE_TARGETS)('the Moodle %s reference', (target) => {
  const dir = REFERENCES[target];

  describe.each(REFERENCE_MODULES)('$name', ({ folders, codec, fields }) => {
    const folder = readFolder(dir, folders[target]);
    const nested = nestedNames(dir, folders[target]);
    const keys = Object.keys(fields).filter((k) => k !== 'type');

    it('reads the fields the reference holds', () => {
      const { activity, notes } = readActivity(codec, folder);
      expect(own(activity, keys)).toEqual(own({ ...activity, ...fields } as Activity, keys));
      expect(activity.completion).toBe('none');
      expect(notes).toEqual([]);
    });

    it('writes back every field of the instance element as read, fields before records', () => {
      const { activity } = readActivity(codec, folder);
      const { instance, merged, result } = writeActivity(codec, activity, target);
      expect(diffNodes(folder.instance, instance)).toEqual([]);
      expect(Object.keys(instance).filter((k) => k !== 'atelier')).toEqual(
        Object.keys(folder.instance),
      );
      // Also once the container has laid it over the kept source.
      expect(diffNodes(folder.instance, merged)).toEqual([]);
      expect(fieldsAfterNested(merged, nested)).toEqual([]);
      const items = (result.gradeItems ?? []).map(asWritten);
      if (folder.gradeItems.length > 0 && result.gradeItems !== undefined) {
        expect(diffNodes(folder.gradeItems, items, '', GRADE_IGNORED)).toEqual([]);
      }
    });

    it("writes a new activity with Moodle's values for what the model does not hold", () => {
      const activity = activitySchema.parse({
        id: 'new',
        title: folder.instance['name'],
        intro: { type: 'doc', content: [{ type: 'paragraph' }] },
        ...fields,
      });
      const { instance, result } = writeActivity(codec, activity, target);
      const diffs = diffNodes(folder.instance, instance).filter((d) => !d.startsWith('/intro:'));
      // Moodle computes the weight in the course and the order; the container sets the order.
      const gradeIgnored = new Set([...GRADE_IGNORED, 'sortorder', 'aggregationcoef2']);
      const items = (result.gradeItems ?? []).map(asWritten);
      expect(diffNodes(folder.gradeItems, items, '', gradeIgnored)).toEqual([]);
      // Deliberate: no absolute due date (a parcours has none); an HTML page after submission.
      // The reference's glossary category was made by its author, not by Moodle.
      const expected = {
        assignment: ['/duedate: "1760565540" ≠ "0"'],
        feedback: ['/page_after_submitformat: "0" ≠ "1"'],
        glossary: ['/categories/category: only in the first'],
      }[activity.type as string];
      expect(diffs).toEqual(expected ?? []);
    });
  });
});

describe('the reference with user data (users=1)', () => {
  it('reads none of the participants’ contributions and says so', () => {
    const forum = REFERENCE_MODULES[0];
    if (forum === undefined) throw new Error('no forum');
    const folder = readFolder(REFERENCE_USERS, 'forum_17');
    const { activity, notes } = readActivity(forum.codec, folder);
    expect(notes).toEqual(["Participants' contributions (discussions) are not imported."]);
    const { instance } = writeActivity(forum.codec, activity);
    expect(instance['discussions']).toBe('');
  });
});
