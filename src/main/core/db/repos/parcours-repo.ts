import type { Parcours } from '../../../../shared/domain/parcours';
import type { ParcoursSummary } from '../../../../shared/domain/project';
import type { Row } from './row-store';
import type { StatementCache } from './statement-cache';

export interface StoredParcours {
  parcours: Parcours;
  position: string;
}

/** Reads of the parcours table; writes go through the unit of work with `toRow`. */
export interface ParcoursRepo {
  get(id: string): StoredParcours | null;
  idByShortName(shortName: string): string | null;
  lastPosition(): string | null;
  /** Every parcours with its section and activity counts, in one query. */
  summaries(): ParcoursSummary[];
  toRow(parcours: Parcours, position: string): Row;
}

interface SummaryRow {
  data: string;
  sectionCount: number;
  activityCount: number;
}

export const createParcoursRepo = (cache: StatementCache): ParcoursRepo => ({
  get(id) {
    const row = cache.get('SELECT position, data FROM parcours WHERE id = ?').get(id) as
      { position: string; data: string } | undefined;
    // Trusted: the data was validated with parcoursSchema before it was written.
    return row ? { parcours: JSON.parse(row.data) as Parcours, position: row.position } : null;
  },
  idByShortName: (shortName) =>
    (
      cache.get('SELECT id FROM parcours WHERE short_name = ?').get(shortName) as
        { id: string } | undefined
    )?.id ?? null,
  lastPosition: () =>
    (cache.get('SELECT MAX(position) AS p FROM parcours').get() as { p: string | null }).p,
  summaries() {
    const rows = cache
      .get(
        `SELECT p.data AS data,
           (SELECT COUNT(*) FROM sections s WHERE s.parcours_id = p.id) AS sectionCount,
           (SELECT COUNT(*) FROM activities a JOIN sections s ON s.id = a.section_id
             WHERE s.parcours_id = p.id) AS activityCount
         FROM parcours p ORDER BY p.position, p.id`,
      )
      .all() as SummaryRow[];
    return rows.map((row, index) => {
      const p = JSON.parse(row.data) as Parcours;
      return {
        id: p.id,
        number: index + 1,
        kind: p.kind,
        title: p.title,
        shortName: p.shortName,
        declaredHours: p.declaredHours,
        status: p.status,
        version: p.version,
        sectionCount: row.sectionCount,
        activityCount: row.activityCount,
      };
    });
  },
  toRow: (parcours, position) => ({
    id: parcours.id,
    position,
    kind: parcours.kind,
    short_name: parcours.shortName,
    title: parcours.title,
    data: JSON.stringify(parcours),
  }),
});
