import type { Activity } from '../../../../shared/domain/activity';
import type { ActivitySummary } from '../../../../shared/domain/outline';
import type { Row } from './row-store';
import type { Sibling } from './section-repo';
import type { StatementCache } from './statement-cache';

export interface StoredActivity {
  activity: Activity;
  sectionId: string;
  position: string;
}

/** Reads of the activities table; writes go through the unit of work with `toRow`. */
export interface ActivityRepo {
  get(id: string): StoredActivity | null;
  siblings(sectionId: string): Sibling[];
  /** The whole activities of a section, in order (copies, bulk edits). */
  inSection(sectionId: string): StoredActivity[];
  /** Summaries of every activity of a parcours, grouped by section id, in order: one query. */
  summariesOfParcours(parcoursId: string): Map<string, ActivitySummary[]>;
  /** The quiz activities of a parcours (their slots refer to its question bank). */
  quizzesOfParcours(parcoursId: string): StoredActivity[];
  /** The parcours an activity belongs to, for change events. */
  parcoursIdOfSection(sectionId: string): string | null;
  toRow(activity: Activity, sectionId: string, position: string): Row;
}

interface SummaryRow {
  sectionId: string;
  id: string;
  type: ActivitySummary['type'];
  title: string;
  estimatedMinutes: number | null;
  modality: ActivitySummary['modality'];
  completion: ActivitySummary['completion'];
  visibleTo: string;
}

export const createActivityRepo = (cache: StatementCache): ActivityRepo => ({
  get(id) {
    const row = cache
      .get('SELECT section_id, position, data FROM activities WHERE id = ?')
      .get(id) as { section_id: string; position: string; data: string } | undefined;
    return row
      ? {
          activity: JSON.parse(row.data) as Activity,
          sectionId: row.section_id,
          position: row.position,
        }
      : null;
  },
  siblings: (sectionId) =>
    cache
      .get('SELECT id, position FROM activities WHERE section_id = ? ORDER BY position, id')
      .all(sectionId) as Sibling[],
  inSection: (sectionId) =>
    (
      cache
        .get('SELECT position, data FROM activities WHERE section_id = ? ORDER BY position, id')
        .all(sectionId) as { position: string; data: string }[]
    ).map((row) => ({
      activity: JSON.parse(row.data) as Activity,
      sectionId,
      position: row.position,
    })),
  summariesOfParcours(parcoursId) {
    // json_extract reads the few summary fields without parsing whole page contents in JS.
    const rows = cache
      .get(
        `SELECT a.section_id AS sectionId, a.id AS id, a.type AS type, a.title AS title,
           json_extract(a.data, '$.estimatedMinutes') AS estimatedMinutes,
           json_extract(a.data, '$.modality') AS modality,
           json_extract(a.data, '$.completion') AS completion,
           json_extract(a.data, '$.visibleTo') AS visibleTo
         FROM activities a JOIN sections s ON s.id = a.section_id
         WHERE s.parcours_id = ? ORDER BY a.section_id, a.position, a.id`,
      )
      .all(parcoursId) as SummaryRow[];
    const bySection = new Map<string, ActivitySummary[]>();
    for (const { sectionId, visibleTo, ...rest } of rows) {
      const list = bySection.get(sectionId) ?? [];
      list.push({ ...rest, visibleTo: JSON.parse(visibleTo) as ActivitySummary['visibleTo'] });
      bySection.set(sectionId, list);
    }
    return bySection;
  },
  quizzesOfParcours: (parcoursId) =>
    (
      cache
        .get(
          `SELECT a.section_id AS sectionId, a.position AS position, a.data AS data
           FROM activities a JOIN sections s ON s.id = a.section_id
           WHERE s.parcours_id = ? AND a.type = 'quiz' ORDER BY s.position, a.position, a.id`,
        )
        .all(parcoursId) as { sectionId: string; position: string; data: string }[]
    ).map((row) => ({
      activity: JSON.parse(row.data) as Activity,
      sectionId: row.sectionId,
      position: row.position,
    })),
  parcoursIdOfSection: (sectionId) =>
    (
      cache.get('SELECT parcours_id AS id FROM sections WHERE id = ?').get(sectionId) as
        { id: string } | undefined
    )?.id ?? null,
  toRow: (activity, sectionId, position) => ({
    id: activity.id,
    section_id: sectionId,
    position,
    type: activity.type,
    title: activity.title,
    data: JSON.stringify(activity),
  }),
});
