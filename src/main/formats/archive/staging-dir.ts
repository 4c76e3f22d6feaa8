import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveError } from './archive-error';
import { errnoCode, toArchiveError } from './to-archive-error';

/**
 * The folder an extraction writes into: created if missing, required empty otherwise, so
 * that clearing it after a refusal removes exactly what the extraction wrote.
 */
export class StagingDir {
  private constructor(
    readonly path: string,
    private readonly created: boolean,
  ) {}

  /** Creates `path` (and its parents), or checks that the folder there is empty. */
  static async prepare(path: string): Promise<StagingDir> {
    const busy = new ArchiveError('staging-not-empty', { entry: path });
    let made: string | undefined;
    try {
      made = await mkdir(path, { recursive: true });
    } catch (error) {
      // Something that is not a folder is already there (or on the way there).
      throw errnoCode(error) === 'EEXIST' || errnoCode(error) === 'ENOTDIR'
        ? busy
        : toArchiveError(error);
    }
    if (made !== undefined) return new StagingDir(path, true);
    try {
      const empty = (await lstat(path)).isDirectory() && (await readdir(path)).length === 0;
      if (!empty) throw busy;
    } catch (error) {
      throw toArchiveError(error);
    }
    return new StagingDir(path, false);
  }

  /** Removes everything written here, and the folder itself when `prepare` created it. */
  async clear(): Promise<void> {
    if (this.created) {
      await rm(this.path, { recursive: true, force: true });
      return;
    }
    for (const name of await readdir(this.path)) {
      await rm(join(this.path, name), { recursive: true, force: true });
    }
  }
}
