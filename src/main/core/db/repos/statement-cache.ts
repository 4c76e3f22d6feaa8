import type { Database, Statement } from 'better-sqlite3';

/** Prepares each SQL text once per connection: better-sqlite3 statements are reusable. */
export interface StatementCache {
  get(sql: string): Statement;
  readonly db: Database;
}

export const createStatementCache = (db: Database): StatementCache => {
  const cache = new Map<string, Statement>();
  return {
    db,
    get(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
};
