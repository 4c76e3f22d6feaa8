import type { StatementCache } from './statement-cache';

export interface JournalEntry {
  seq: number;
  label: string;
  coalesceKey: string | null;
  createdAt: number;
}

export interface JournalRow {
  tbl: string;
  rowId: string;
  before: string | null;
  after: string | null;
}

/** SQL of the undo journal (tables created by migration 002). */
export interface JournalRepo {
  latestDone(): JournalEntry | undefined;
  firstUndone(): JournalEntry | undefined;
  hasUndone(): boolean;
  addEntry(label: string, coalesceKey: string | null, createdAt: number): number;
  addRow(seq: number, row: JournalRow): void;
  /** Replaces the after image of rows already in the entry; returns how many matched. */
  updateAfter(seq: number, tbl: string, rowId: string, after: string | null): number;
  rowsOf(seq: number): JournalRow[];
  setState(seq: number, state: 'done' | 'undone'): void;
  touch(seq: number, createdAt: number): void;
  dropUndone(): void;
  /** Keeps the newest `keep` entries. */
  trim(keep: number): void;
}

const entryColumns = 'seq, label, coalesce_key AS coalesceKey, created_at AS createdAt';

export const createJournalRepo = (cache: StatementCache): JournalRepo => ({
  latestDone: () =>
    cache
      .get(
        `SELECT ${entryColumns} FROM journal_entries WHERE state = 'done' ORDER BY seq DESC LIMIT 1`,
      )
      .get() as JournalEntry | undefined,
  firstUndone: () =>
    cache
      .get(
        `SELECT ${entryColumns} FROM journal_entries WHERE state = 'undone' ORDER BY seq ASC LIMIT 1`,
      )
      .get() as JournalEntry | undefined,
  hasUndone: () =>
    cache.get(`SELECT 1 FROM journal_entries WHERE state = 'undone' LIMIT 1`).get() !== undefined,
  addEntry: (label, coalesceKey, createdAt) =>
    Number(
      cache
        .get(
          `INSERT INTO journal_entries (label, coalesce_key, created_at, state) VALUES (?, ?, ?, 'done')`,
        )
        .run(label, coalesceKey, createdAt).lastInsertRowid,
    ),
  addRow(seq, row) {
    cache
      .get(
        `INSERT INTO journal_rows (entry_seq, ord, tbl, row_id, before_image, after_image)
         VALUES (?, (SELECT COALESCE(MAX(ord), -1) + 1 FROM journal_rows WHERE entry_seq = ?), ?, ?, ?, ?)`,
      )
      .run(seq, seq, row.tbl, row.rowId, row.before, row.after);
  },
  updateAfter: (seq, tbl, rowId, after) =>
    cache
      .get(`UPDATE journal_rows SET after_image = ? WHERE entry_seq = ? AND tbl = ? AND row_id = ?`)
      .run(after, seq, tbl, rowId).changes,
  rowsOf: (seq) =>
    cache
      .get(
        `SELECT tbl, row_id AS rowId, before_image AS before, after_image AS after
         FROM journal_rows WHERE entry_seq = ? ORDER BY ord`,
      )
      .all(seq) as JournalRow[],
  setState(seq, state) {
    cache.get(`UPDATE journal_entries SET state = ? WHERE seq = ?`).run(state, seq);
  },
  touch(seq, createdAt) {
    cache.get(`UPDATE journal_entries SET created_at = ? WHERE seq = ?`).run(createdAt, seq);
  },
  dropUndone() {
    cache.get(`DELETE FROM journal_entries WHERE state = 'undone'`).run();
  },
  trim(keep) {
    cache
      .get(`DELETE FROM journal_entries WHERE seq <= (SELECT MAX(seq) FROM journal_entries) - ?`)
      .run(keep);
  },
});
