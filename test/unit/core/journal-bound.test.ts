import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../../src/main/core/db/migrations/run-migrations';
import { createRepos } from '../../../src/main/core/db/repos/create-repos';
import { createHistory, JOURNAL_LIMIT } from '../../../src/main/core/journal/history';
import { createUnitOfWork } from '../../../src/main/core/journal/unit-of-work';

let db: Database.Database | undefined;
afterEach(() => db?.close());

describe('journal bound', () => {
  it(`keeps the last ${String(JOURNAL_LIMIT)} steps`, () => {
    db = new Database(':memory:');
    runMigrations(db);
    const repos = createRepos(db);
    const history = createHistory(repos.journal, repos.rows);
    db.transaction(() => {
      for (let i = 0; i < JOURNAL_LIMIT + 50; i += 1) {
        const uow = createUnitOfWork(repos.rows);
        uow.put('meta', { key: 'title', value: `t${String(i)}` });
        history.record(`step ${String(i)}`, null, uow.images, i * 10_000);
      }
    })();
    const count = db.prepare('SELECT COUNT(*) AS n FROM journal_entries').get() as { n: number };
    expect(count.n).toBe(JOURNAL_LIMIT);
    expect(history.state().undoLabel).toBe(`step ${String(JOURNAL_LIMIT + 49)}`);
  });
});
