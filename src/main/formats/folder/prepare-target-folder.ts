import { mkdir, readdir, readFile, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkMarker } from './check-marker';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT, isDotName } from './folder-layout';

const MARKER_MAX_BYTES = 4096;

const isMissing = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Makes `dir` ready to receive a parcours: created when missing; accepted when empty (dotfiles
 * such as `.git` aside) or marked by `.atelier-folder` in a format this Atelier writes; refused
 * otherwise, so that an export never deletes files of a folder that is not a parcours folder.
 */
export const prepareTargetFolder = async (dir: string): Promise<void> => {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) {
      await mkdir(dir, { recursive: true });
      return;
    }
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOTDIR') {
      throw folderErrors.notADirectory(dir);
    }
    throw error;
  }
  if (names.includes(FOLDER_LAYOUT.marker)) {
    const marker = join(dir, FOLDER_LAYOUT.marker);
    const stats = await lstat(marker);
    if (!stats.isFile() || stats.size > MARKER_MAX_BYTES) throw folderErrors.badMarker();
    checkMarker(await readFile(marker, 'utf8'));
    return;
  }
  if (names.some((name) => !isDotName(name))) throw folderErrors.notParcoursFolderToWrite(dir);
};
