import type { HistoryState } from '../../../shared/domain/project';
import type { JournalRepo, JournalRow } from '../db/repos/journal-repo';
import { isTableName, type Row, type RowStore } from '../db/repos/row-store';
import type { RowImage } from './unit-of-work';

/** Consecutive edits of the same field within this window become one undo step. */
export const COALESCE_WINDOW_MS = 2_000;
/** The journal keeps this many steps; older ones are dropped. */
export const JOURNAL_LIMIT = 1_000;

/**
 * Undo/redo over the journal. Every method must run inside the caller's transaction so the
 * content rows and the journal always commit together.
 */
export interface History {
  record(label: string, coalesceKey: string | null, images: readonly RowImage[], now: number): void;
  /** Applies the latest done step's before images; false when there is nothing to undo. */
  undo(): boolean;
  redo(): boolean;
  state(): HistoryState;
}

const serialize = (row: Row | null): string | null => (row ? JSON.stringify(row) : null);

export const createHistory = (journal: JournalRepo, rows: RowStore): History => {
  const apply = (row: JournalRow, image: string | null): void => {
    // The journal is ours, but the file may have been edited by hand: never trust a table name.
    if (!isTableName(row.tbl)) throw new Error(`journal names an unknown table: ${row.tbl}`);
    if (image === null) rows.remove(row.tbl, row.rowId);
    else rows.put(row.tbl, JSON.parse(image) as Row);
  };

  const coalesceTarget = (coalesceKey: string | null, now: number): number | null => {
    if (coalesceKey === null || journal.hasUndone()) return null;
    const latest = journal.latestDone();
    if (latest?.coalesceKey !== coalesceKey) return null;
    return now - latest.createdAt <= COALESCE_WINDOW_MS ? latest.seq : null;
  };

  return {
    record(label, coalesceKey, images, now) {
      if (images.length === 0) return;
      const target = coalesceTarget(coalesceKey, now);
      if (target !== null) {
        for (const image of images) {
          const matched = journal.updateAfter(
            target,
            image.table,
            image.id,
            serialize(image.after),
          );
          if (matched === 0) {
            journal.addRow(target, {
              tbl: image.table,
              rowId: image.id,
              before: serialize(image.before),
              after: serialize(image.after),
            });
          }
        }
        journal.touch(target, now);
        return;
      }
      journal.dropUndone();
      const seq = journal.addEntry(label, coalesceKey, now);
      for (const image of images) {
        journal.addRow(seq, {
          tbl: image.table,
          rowId: image.id,
          before: serialize(image.before),
          after: serialize(image.after),
        });
      }
      journal.trim(JOURNAL_LIMIT);
    },
    undo() {
      const entry = journal.latestDone();
      if (!entry) return false;
      for (const row of journal.rowsOf(entry.seq).reverse()) apply(row, row.before);
      journal.setState(entry.seq, 'undone');
      return true;
    },
    redo() {
      const entry = journal.firstUndone();
      if (!entry) return false;
      for (const row of journal.rowsOf(entry.seq)) apply(row, row.after);
      journal.setState(entry.seq, 'done');
      return true;
    },
    state() {
      const undo = journal.latestDone();
      const redo = journal.firstUndone();
      return {
        canUndo: undo !== undefined,
        canRedo: redo !== undefined,
        undoLabel: undo?.label ?? null,
        redoLabel: redo?.label ?? null,
      };
    },
  };
};
