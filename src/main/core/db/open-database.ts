import Database from 'better-sqlite3';

/**
 * Opens a project file read-write with the pragmas durability depends on: WAL so readers
 * never block the writer, `synchronous=FULL` so a commit is on disk before an edit is
 * acknowledged (D1), foreign keys on.
 */
export const openDatabase = (path: string, nativeBinding?: string): Database.Database => {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A second connection (a worker, the CLI reading) waits instead of failing at once.
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
