import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { projectErrors } from '../project-errors';

/** Who holds a project: written as JSON in `<file>.lock`. */
export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface ProjectLock {
  readonly path: string;
  release(): void;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (lockPath: string): LockHolder | null => {
  try {
    const value = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string') return null;
    return { pid: value.pid, hostname: value.hostname, startedAt: value.startedAt ?? '' };
  } catch {
    return null;
  }
};

/**
 * Keeps a second process (another window, the CLI, a colleague on a shared disk) from
 * writing the same project. The holder is written to a private temporary file created with
 * `wx`, then hard-linked to `<file>.lock`: the link is an exclusive create too, and unlike
 * open-then-write it never leaves an empty lock file behind when the process is killed.
 * A lock whose holder is on this host and no longer alive is stale and taken over.
 */
export const acquireProjectLock = (projectPath: string, now: Date): ProjectLock => {
  const lockPath = `${projectPath}.lock`;
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: now.toISOString(),
  };
  const tempPath = `${lockPath}.${String(process.pid)}.tmp`;
  rmSync(tempPath, { force: true });
  writeFileSync(tempPath, JSON.stringify(holder), { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        linkSync(tempPath, lockPath);
        return {
          path: lockPath,
          release: () => {
            releaseIfOurs(lockPath, holder);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const current = readHolder(lockPath);
        const stale =
          current === null ? false : current.hostname === holder.hostname && !isAlive(current.pid);
        if (!stale) {
          throw projectErrors.locked(
            projectPath,
            current ?? { pid: 0, hostname: '?', startedAt: '?' },
          );
        }
        rmSync(lockPath, { force: true });
      }
    }
    throw projectErrors.locked(
      projectPath,
      readHolder(lockPath) ?? { pid: 0, hostname: '?', startedAt: '?' },
    );
  } finally {
    rmSync(tempPath, { force: true });
  }
};

const releaseIfOurs = (lockPath: string, holder: LockHolder): void => {
  const current = readHolder(lockPath);
  // Never delete a lock another process took over after ours was judged stale.
  if (current?.pid === holder.pid && current.startedAt === holder.startedAt) {
    rmSync(lockPath, { force: true });
  }
};
