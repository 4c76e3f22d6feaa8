import Database from 'better-sqlite3';

/**
 * Page size of new project files. Media live in the file as 1 MiB chunks, which SQLite
 * stores as chains of overflow pages, one WAL frame (and write) per page: 64 KiB pages
 * store an imported backup's media about three times faster than the default 4 KiB, while
 * an acknowledged edit still costs well under a millisecond (docs/adr/0007-page-size.md).
 * Existing files keep the page size they were created with.
 */
export const NEW_FILE_PAGE_SIZE = 65_536;

/** The WAL is cut back to this size after a checkpoint (a 500 MB import must not stay). */
const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/**
 * Opens a project file read-write with the pragmas durability depends on: WAL so readers
 * never block the writer, `synchronous=FULL` so a commit is on disk before an edit is
 * acknowledged (D1), foreign keys on. `create` is for a file that does not exist yet: its
 * page size can only be chosen before the first table (and before WAL mode).
 */
export const openDatabase = (
  path: string,
  nativeBinding?: string,
  options: { create?: boolean } = {},
): Database.Database => {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    if (options.create) db.pragma(`page_size = ${String(NEW_FILE_PAGE_SIZE)}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`journal_size_limit = ${String(WAL_SIZE_LIMIT)}`);
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
