import type { StatementCache } from './statement-cache';

/**
 * A stored row, column name → value. Journaled columns are TEXT, INTEGER or NULL, never
 * BLOB: row images travel through the journal as JSON (media bytes and thumbnails are
 * kept out of it, see `media` below).
 */
export type Row = Record<string, string | number | null>;

const tables = {
  meta: { pk: 'key', columns: ['key', 'value'] },
  parcours: { pk: 'id', columns: ['id', 'position', 'kind', 'short_name', 'title', 'data'] },
  sections: { pk: 'id', columns: ['id', 'parcours_id', 'position', 'data'] },
  activities: { pk: 'id', columns: ['id', 'section_id', 'position', 'type', 'title', 'data'] },
  question_categories: {
    pk: 'id',
    columns: ['id', 'parcours_id', 'parent_id', 'position', 'data'],
  },
  questions: {
    pk: 'id',
    columns: ['id', 'parcours_id', 'category_id', 'position', 'type', 'name', 'search', 'data'],
  },
  // Metadata only: `thumbnail` is not listed, so an upsert never touches it and undo never
  // copies it; the bytes live in `media_chunks`, outside the journal.
  media: {
    pk: 'id',
    columns: [
      'id',
      'name',
      'mime',
      'kind',
      'size',
      'width',
      'height',
      'alt',
      'decorative',
      'captions_media_id',
      'created_at',
      'author',
      'licence',
    ],
  },
} as const;

/** Values for columns a row image journaled under an older schema lacks (NULL otherwise). */
const COLUMN_DEFAULTS: Partial<Record<keyof typeof tables, Readonly<Record<string, string>>>> = {
  // Schema 5 added the media credits.
  media: { author: '', licence: '' },
};

const columnDefault = (table: keyof typeof tables, column: string): string | null =>
  COLUMN_DEFAULTS[table]?.[column] ?? null;

/** The tables whose rows edits write, and therefore the journal may replay. */
export type TableName = keyof typeof tables;

export const isTableName = (name: string): name is TableName => Object.hasOwn(tables, name);

/** Reads and writes whole rows by primary key; the undo journal records and replays these. */
export interface RowStore {
  read(table: TableName, id: string): Row | null;
  /** Inserts or updates in place: never `INSERT OR REPLACE`, which would cascade deletes. */
  put(table: TableName, row: Row): void;
  remove(table: TableName, id: string): void;
  primaryKey(table: TableName, row: Row): string;
}

export const createRowStore = (cache: StatementCache): RowStore => {
  const upsertSql = (table: TableName): string => {
    const { pk, columns } = tables[table];
    const updates = columns.filter((c) => c !== pk).map((c) => `${c} = excluded.${c}`);
    return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
      ON CONFLICT(${pk}) DO UPDATE SET ${updates.join(', ')}`;
  };
  return {
    read(table, id) {
      const { pk, columns } = tables[table];
      const row = cache.get(`SELECT ${columns.join(', ')} FROM ${table} WHERE ${pk} = ?`).get(id);
      return (row as Row | undefined) ?? null;
    },
    put(table, row) {
      const values = Object.fromEntries(
        tables[table].columns.map((c) => [c, row[c] ?? columnDefault(table, c)]),
      );
      cache.get(upsertSql(table)).run(values);
    },
    remove(table, id) {
      cache.get(`DELETE FROM ${table} WHERE ${tables[table].pk} = ?`).run(id);
    },
    primaryKey(table, row) {
      const id = row[tables[table].pk];
      if (typeof id !== 'string') throw new Error(`row of ${table} without primary key`);
      return id;
    },
  };
};
