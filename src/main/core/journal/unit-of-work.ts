import type { Row, RowStore, TableName } from '../db/repos/row-store';

/** A row as it was before and after a write; null means "absent". */
export interface RowImage {
  table: TableName;
  id: string;
  before: Row | null;
  after: Row | null;
}

/**
 * The only way an edit writes: every `put` and `remove` reads the row's before image first,
 * so the journal can undo exactly what happened.
 */
export interface UnitOfWork {
  put(table: TableName, row: Row): void;
  remove(table: TableName, id: string): void;
  readonly images: readonly RowImage[];
}

export const createUnitOfWork = (rows: RowStore): UnitOfWork => {
  const images: RowImage[] = [];
  return {
    images,
    put(table, row) {
      const id = rows.primaryKey(table, row);
      const before = rows.read(table, id);
      // An autosave that sends what is already stored must not add an undo step.
      if (before && Object.keys(before).every((column) => before[column] === row[column])) return;
      rows.put(table, row);
      images.push({ table, id, before, after: row });
    },
    remove(table, id) {
      const before = rows.read(table, id);
      if (!before) return;
      rows.remove(table, id);
      images.push({ table, id, before, after: null });
    },
  };
};
