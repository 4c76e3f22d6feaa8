import Database from 'better-sqlite3';

/**
 * A read-only connection to a project file for a worker (an export): WAL lets it read the
 * last committed state while the core keeps writing. It waits rather than fails on a lock.
 */
export const openReadConnection = (
  path: string,
  nativeBinding?: string | null,
): Database.Database => {
  const db = new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  return db;
};
