import type { Row } from './row-store';
import type { StatementCache } from './statement-cache';

/** Project-level key/values: the title (journaled like any row) and the revision (not). */
export interface MetaRepo {
  title(): string;
  titleRow(title: string): Row;
  revision(): number;
  /** Written directly, outside the journal: undo must move the revision forward too. */
  setRevision(revision: number): void;
}

export const createMetaRepo = (cache: StatementCache): MetaRepo => {
  const read = (key: string): string | undefined =>
    (cache.get('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  return {
    title: () => read('title') ?? '',
    titleRow: (title) => ({ key: 'title', value: title }),
    revision: () => Number(read('revision') ?? '0'),
    setRevision(revision) {
      cache
        .get(
          `INSERT INTO meta (key, value) VALUES ('revision', ?)
           ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        )
        .run(String(revision));
    },
  };
};
