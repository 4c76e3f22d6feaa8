import type { ActivitySummary, Outline } from '../../shared/domain/outline';

export type OutlineSectionData = Outline['sections'][number];

/** One line of the virtualized outline: a section's head, one of its activities, or its foot. */
export type OutlineRow =
  | { kind: 'section'; key: string; section: OutlineSectionData; sectionIndex: number }
  | {
      kind: 'activity';
      key: string;
      activity: ActivitySummary;
      section: OutlineSectionData;
      sectionIndex: number;
      index: number;
    }
  | { kind: 'section-end'; key: string; section: OutlineSectionData; sectionIndex: number };

/** Row keys say what they are: `s:` section head, `a:` activity, `e:` section foot. */
export const sectionRowKey = (id: string): string => `s:${id}`;
export const activityRowKey = (id: string): string => `a:${id}`;
export const sectionEndRowKey = (id: string): string => `e:${id}`;

/** The outline flattened into rows, in reading order, so one virtualizer can render it. */
export const outlineRows = (outline: Outline): OutlineRow[] =>
  outline.sections.flatMap((section, sectionIndex): OutlineRow[] => [
    { kind: 'section', key: sectionRowKey(section.id), section, sectionIndex },
    ...section.activities.map((activity, index): OutlineRow => ({
      kind: 'activity',
      key: activityRowKey(activity.id),
      activity,
      section,
      sectionIndex,
      index,
    })),
    { kind: 'section-end', key: sectionEndRowKey(section.id), section, sectionIndex },
  ]);
