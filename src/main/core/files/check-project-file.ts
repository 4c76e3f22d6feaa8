import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { SCHEMA_VERSION } from '../db/migrations/migration-list';
import { projectFileFormat } from '../db/project-file-format';
import { projectErrors } from '../project-errors';
import { type DamageReason, readFileHeader } from './read-file-header';

export interface CheckOptions {
  nativeBinding?: string | undefined;
  /** Where the UI can recover from when the file is damaged. */
  latestSnapshotPath: string | null;
}

const sideFiles = (path: string): string[] => [`${path}-wal`, `${path}-shm`];

/**
 * Decides whether `path` may be opened read-write, without ever writing to it (D3):
 * the header is read by hand first, then SQLite opens the file read-only for
 * `quick_check`, `application_id` and `user_version`. Throws the matching `AppError`.
 * Returns the schema version found.
 */
export const checkProjectFile = (path: string, options: CheckOptions): number => {
  if (!existsSync(path) || !statSync(path).isFile()) throw projectErrors.fileNotFound(path);
  const damaged = (reason: DamageReason) =>
    projectErrors.damaged(path, reason, options.latestSnapshotPath);
  const header = readFileHeader(path);
  if (header.kind === 'not-sqlite') throw damaged(header.reason);
  const walPending = existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
  // With WAL the main file's header can lag behind the log: only trust it when no log waits.
  if (!walPending) {
    if (header.applicationId !== projectFileFormat.applicationId) throw projectErrors.foreign(path);
    if (header.userVersion > SCHEMA_VERSION) {
      throw projectErrors.newer(path, header.userVersion, SCHEMA_VERSION);
    }
  }
  return checkWithSqlite(path, options, damaged);
};

const checkWithSqlite = (
  path: string,
  options: CheckOptions,
  damaged: (reason: DamageReason) => Error,
): number => {
  // SQLite may create -wal/-shm beside a WAL-mode file even when reading: remove the ones we
  // made. The caller holds the project lock, so no other Atelier process is using them.
  const preexisting = sideFiles(path).filter((file) => existsSync(file));
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    const quick = db.pragma('quick_check', { simple: true });
    // SQLite's own words are technical English: both messages quote them as they are.
    if (quick !== 'ok') {
      const said = `quick_check: ${String(quick)}`;
      throw damaged({ fr: said, en: said });
    }
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== projectFileFormat.applicationId) throw projectErrors.foreign(path);
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (userVersion > SCHEMA_VERSION) throw projectErrors.newer(path, userVersion, SCHEMA_VERSION);
    return userVersion;
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    const said = error instanceof Error ? error.message : String(error);
    throw damaged({ fr: said, en: said });
  } finally {
    db?.close();
    for (const file of sideFiles(path)) {
      if (!preexisting.includes(file)) {
        rmSync(file, { force: true });
      }
    }
  }
};
