import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../src/shared/domain/activity';
import type { ModuleCodec } from '../../../../src/main/formats/mbz/mbz-module';
import { assignCodec } from '../../../../src/main/formats/mbz/modules/assign';
import { choiceCodec } from '../../../../src/main/formats/mbz/modules/choice';
import { feedbackCodec } from '../../../../src/main/formats/mbz/modules/feedback';
import { forumCodec } from '../../../../src/main/formats/mbz/modules/forum';
import { glossaryCodec } from '../../../../src/main/formats/mbz/modules/glossary';
import { logbookCodec } from '../../../../src/main/formats/mbz/modules/logbook';
import { virtualClassCodec } from '../../../../src/main/formats/mbz/modules/virtual-class';
import { wikiCodec } from '../../../../src/main/formats/mbz/modules/wiki';
import {
  assignmentArbitrary,
  choiceArbitrary,
  feedbackArbitrary,
  forumArbitrary,
  glossaryArbitrary,
  logbookArbitrary,
  virtualClassArbitrary,
  wikiArbitrary,
} from './activity-arbitraries';
import {
  asWritten,
  diffNodes,
  fieldsAfterNested,
  moduleXml,
  readActivity,
  writeActivity,
} from './codec-harness';

interface Case {
  codec: ModuleCodec;
  arbitrary: fc.Arbitrary<Activity>;
  keys: string[];
  /** The instance's nested elements: every field must come before them. */
  nested?: string[];
}

const ASSIGN_NESTED = ['userflags', 'submissions', 'grades', 'plugin_configs', 'overrides'];

const CASES: Record<string, Case> = {
  forum: {
    codec: forumCodec as ModuleCodec,
    arbitrary: forumArbitrary,
    keys: ['forumType'],
    nested: [
      'discussions',
      'subscriptions',
      'digests',
      'readposts',
      'trackedprefs',
      'poststags',
      'grades',
    ],
  },
  wiki: {
    codec: wikiCodec as ModuleCodec,
    arbitrary: wikiArbitrary,
    keys: ['wikiMode', 'firstPageTitle'],
  },
  glossary: {
    codec: glossaryCodec as ModuleCodec,
    arbitrary: glossaryArbitrary,
    keys: ['displayFormat', 'participantsCanAdd'],
    nested: ['entries', 'entriestags', 'categories'],
  },
  assignment: {
    codec: assignCodec as ModuleCodec,
    arbitrary: assignmentArbitrary,
    keys: ['onlineText', 'fileSubmission', 'maxFiles', 'dueOffsetDays', 'maxGrade', 'gradeToPass'],
    nested: ASSIGN_NESTED,
  },
  choice: {
    codec: choiceCodec as ModuleCodec,
    arbitrary: choiceArbitrary,
    keys: ['options', 'allowMultiple', 'allowUpdate'],
    nested: ['options', 'answers'],
  },
  feedback: {
    codec: feedbackCodec as ModuleCodec,
    arbitrary: feedbackArbitrary,
    keys: [
      'purpose',
      'anonymous',
      'multipleSubmit',
      'autoNumbering',
      'emailNotification',
      'publishStats',
      'pageAfterSubmit',
      'siteAfterSubmit',
      'completionSubmit',
      'items',
    ],
    nested: ['items', 'completeds'],
  },
  virtualClass: {
    codec: virtualClassCodec as ModuleCodec,
    arbitrary: virtualClassArbitrary,
    keys: ['schedule', 'durationMinutes', 'link'],
  },
  logbook: {
    codec: logbookCodec as ModuleCodec,
    arbitrary: logbookArbitrary,
    keys: ['prompts'],
    nested: ASSIGN_NESTED,
  },
};

/** Item ids by rank: an import gives items new ids. */
const ranked = (items: { id: string; dependItemId: string | null }[]) => {
  const rank = new Map(items.map((item, i) => [item.id, `item-${i}`]));
  return items.map((item) => ({
    ...item,
    id: rank.get(item.id),
    dependItemId: item.dependItemId === null ? null : (rank.get(item.dependItemId) ?? null),
  }));
};

/** What must come back: the title, intro, completion and the type's own fields. */
const comparable = (activity: Activity, keys: readonly string[]): Record<string, unknown> => {
  const fields = activity as Record<string, unknown>;
  const out: Record<string, unknown> = Object.fromEntries(
    ['title', 'intro', 'completion', ...keys].map((k) => [k, fields[k]]),
  );
  if (Array.isArray(out['items'])) out['items'] = ranked(out['items'] as never);
  return out;
};

/** What the model says Moodle keeps: "submitted" has no rule in a wiki or a url; a feedback's
 * completion when submitted is its `completionsubmit`. */
const expected = (activity: Activity): Activity => {
  if (
    (activity.type === 'wiki' || activity.type === 'virtualClass') &&
    activity.completion === 'submitted'
  ) {
    return { ...activity, completion: 'viewed' };
  }
  if (activity.type === 'feedback') {
    return {
      ...activity,
      completionSubmit: activity.completionSubmit || activity.completion === 'submitted',
    };
  }
  return activity;
};

describe.each(Object.entries(CASES))('%s', (_name, { codec, arbitrary, keys, nested = [] }) => {
  it('writing then reading gives the activity back, and writing it again the same element', () => {
    fc.assert(
      fc.property(
        arbitrary,
        fc.constantFrom('4.1' as const, '4.5' as const),
        (activity, target) => {
          const first = writeActivity(codec, activity, target);
          const folder = {
            instance: first.instance,
            module: moduleXml(activity, first.result.moduleFields),
            gradeItems: (first.result.gradeItems ?? []).map(asWritten),
            contextId: 900,
          };
          const { activity: back } = readActivity(codec, folder);
          expect(comparable(back, keys)).toEqual(comparable(expected(activity), keys));
          const second = writeActivity(codec, back, target);
          expect(diffNodes(first.instance, second.instance)).toEqual([]);
          // As the container writes it, new and imported: fields before nested elements.
          expect(fieldsAfterNested(first.merged, new Set(nested))).toEqual([]);
          expect(fieldsAfterNested(second.merged, new Set(nested))).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
