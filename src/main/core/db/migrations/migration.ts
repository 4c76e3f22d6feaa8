import type { Database } from 'better-sqlite3';

/** One append-only step of the schema; `version` is the `user_version` it leaves behind. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
