import type { Section } from '../../../../shared/domain/section';
import type { Row } from './row-store';
import type { StatementCache } from './statement-cache';

export interface StoredSection {
  section: Section;
  parcoursId: string;
  position: string;
}

export interface Sibling {
  id: string;
  position: string;
}

/** Reads of the sections table; writes go through the unit of work with `toRow`. */
export interface SectionRepo {
  get(id: string): StoredSection | null;
  /** The sections of a parcours in order (ids and positions only). */
  siblings(parcoursId: string): Sibling[];
  listOf(parcoursId: string): Section[];
  toRow(section: Section, parcoursId: string, position: string): Row;
}

export const createSectionRepo = (cache: StatementCache): SectionRepo => ({
  get(id) {
    const row = cache
      .get('SELECT parcours_id, position, data FROM sections WHERE id = ?')
      .get(id) as { parcours_id: string; position: string; data: string } | undefined;
    return row
      ? {
          section: JSON.parse(row.data) as Section,
          parcoursId: row.parcours_id,
          position: row.position,
        }
      : null;
  },
  siblings: (parcoursId) =>
    cache
      .get('SELECT id, position FROM sections WHERE parcours_id = ? ORDER BY position, id')
      .all(parcoursId) as Sibling[],
  listOf: (parcoursId) =>
    (
      cache
        .get('SELECT data FROM sections WHERE parcours_id = ? ORDER BY position, id')
        .all(parcoursId) as { data: string }[]
    ).map((row) => JSON.parse(row.data) as Section),
  toRow: (section, parcoursId, position) => ({
    id: section.id,
    parcours_id: parcoursId,
    position,
    data: JSON.stringify(section),
  }),
});
