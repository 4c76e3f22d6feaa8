import type { Migration } from './migration';

/**
 * The undo journal lives in the file so that undo survives a restart. An entry is one
 * user-visible step; its rows are the before/after images of every row the step wrote.
 * `state` is 'done' (undoable) or 'undone' (redoable): every done entry has a smaller
 * `seq` than every undone one, because a new edit drops the undone ones.
 */
export const migration002UndoJournal: Migration = {
  version: 2,
  name: 'undo-journal',
  up(db) {
    db.exec(`
      CREATE TABLE journal_entries (
        seq INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        coalesce_key TEXT,
        created_at INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
      ) STRICT;
      CREATE INDEX journal_entries_by_state ON journal_entries(state, seq);
      CREATE TABLE journal_rows (
        entry_seq INTEGER NOT NULL REFERENCES journal_entries(seq) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        tbl TEXT NOT NULL,
        row_id TEXT NOT NULL,
        before_image TEXT,
        after_image TEXT,
        PRIMARY KEY (entry_seq, ord)
      ) STRICT;
    `);
  },
};
