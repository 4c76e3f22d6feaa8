import type { Database } from 'better-sqlite3';
import { projectFileFormat } from '../project-file-format';
import type { Migration } from './migration';
import { migrationList } from './migration-list';

/**
 * Brings the file to `target` (all migrations by default). All pending steps run in one
 * transaction with the `user_version` bump, so a crash mid-migration leaves the old schema
 * intact (D2). The caller snapshots existing files before calling this.
 */
export const runMigrations = (
  db: Database,
  migrations: readonly Migration[] = migrationList,
): { from: number; to: number } => {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > from);
  const last = pending.at(-1);
  if (!last) return { from, to: from };
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // Both pragmas write the header page, which is part of the transaction.
    db.pragma(`application_id = ${String(projectFileFormat.applicationId)}`);
    db.pragma(`user_version = ${String(last.version)}`);
  })();
  return { from, to: last.version };
};
