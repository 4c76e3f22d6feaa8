import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';

/**
 * Replaces `target` by a copy of `source` so that a crash leaves either the old or the new
 * file, never a mix: copy to a temporary sibling, fsync, rename over. Stale -wal/-shm of the
 * old file are removed first, or SQLite would replay the old log onto the new file.
 */
export const replaceFileAtomically = (source: string, target: string): void => {
  const temp = `${target}.restore-tmp`;
  rmSync(temp, { force: true });
  copyFileSync(source, temp);
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(temp, target);
};
