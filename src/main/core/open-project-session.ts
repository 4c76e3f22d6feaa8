import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppError } from '../../shared/contract/app-error';
import { SCHEMA_VERSION } from './db/migrations/migration-list';
import { runMigrations } from './db/migrations/run-migrations';
import { openDatabase } from './db/open-database';
import { createRowStore } from './db/repos/row-store';
import { createStatementCache } from './db/repos/statement-cache';
import { checkProjectFile } from './files/check-project-file';
import { locationWarning } from './files/location-warning';
import { acquireProjectLock, type ProjectLock } from './lock/project-lock';
import { projectErrors } from './project-errors';
import { createProjectSession, type ProjectSession, type SessionDeps } from './project-session';
import { snapshotStore } from './snapshots/snapshot-store';

export type OpenDeps = Omit<SessionDeps, 'locationWarning'> & {
  nativeBinding?: string | undefined;
};

const isAppError = (error: unknown): error is AppError =>
  error instanceof Error && error.name === 'AppError';

const withLock = async (
  path: string,
  deps: OpenDeps,
  open: (lock: ProjectLock) => Promise<ProjectSession> | ProjectSession,
): Promise<ProjectSession> => {
  const lock = acquireProjectLock(path, deps.now());
  try {
    return await open(lock);
  } catch (error) {
    lock.release();
    throw isAppError(error) ? error : projectErrors.io(path, error);
  }
};

/**
 * Opens an existing project: lock, check without writing (D3), then read-write; files of an
 * older schema are snapshotted, then migrated in one transaction.
 */
export const openProjectSession = async (path: string, deps: OpenDeps): Promise<ProjectSession> => {
  if (!existsSync(path)) throw projectErrors.fileNotFound(path);
  return withLock(path, deps, async (lock) => {
    const latest = snapshotStore.list(path)[0]?.path ?? null;
    const version = checkProjectFile(path, {
      nativeBinding: deps.nativeBinding,
      latestSnapshotPath: latest,
    });
    const db = openDatabase(path, deps.nativeBinding);
    try {
      if (version < SCHEMA_VERSION) {
        await snapshotStore.create(db, path, 'before-migration', deps.now());
        runMigrations(db);
      }
      return createProjectSession(path, db, lock, {
        ...deps,
        locationWarning: locationWarning(path),
      });
    } catch (error) {
      db.close();
      throw error;
    }
  });
};

/** Creates a new, empty project file at the current schema. */
export const createProjectFile = async (
  path: string,
  title: string,
  deps: OpenDeps,
): Promise<ProjectSession> => {
  if (existsSync(path)) throw projectErrors.fileExists(path);
  const parent = dirname(path);
  if (!existsSync(parent) || !statSync(parent).isDirectory())
    throw projectErrors.fileNotFound(parent);
  return withLock(path, deps, (lock) => {
    const db = openDatabase(path, deps.nativeBinding, { create: true });
    try {
      runMigrations(db);
      const rows = createRowStore(createStatementCache(db));
      rows.put('meta', { key: 'title', value: title });
      return createProjectSession(path, db, lock, {
        ...deps,
        locationWarning: locationWarning(path),
      });
    } catch (error) {
      db.close();
      throw error;
    }
  });
};
