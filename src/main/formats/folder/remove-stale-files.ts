import { readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT, OWNED_ROOT_ENTRIES, isDotName } from './folder-layout';
import { FOLDER_LIMITS } from './folder-limits';

const removeIfEmpty = async (path: string): Promise<void> => {
  try {
    await rmdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
};

const isOwnedRootEntry = (name: string): boolean =>
  OWNED_ROOT_ENTRIES.includes(name) || name.endsWith(FOLDER_LAYOUT.tempSuffix);

/**
 * Deletes what a previous export wrote and this one does not (`keep` holds the new paths):
 * files under `sections/`, `bank/` and `media/`, `parcours.json`, leftover temporary files,
 * then the folders left empty. Dotfiles and dot-folders (`.git`, `.gitkeep`, `.DS_Store`) and
 * every other root entry (a README…) are the team's and stay. Symbolic links are removed as
 * links, never followed, so nothing outside the folder is touched.
 */
export const removeStaleFiles = async (root: string, keep: ReadonlySet<string>): Promise<void> => {
  let seen = 0;
  const sweep = async (rel: string, name: string, isDirectory: boolean): Promise<void> => {
    seen += 1;
    if (seen > FOLDER_LIMITS.entries) throw folderErrors.tooManyEntries(FOLDER_LIMITS.entries);
    const path = join(root, ...rel.split('/'));
    if (!isDirectory) {
      if (!keep.has(rel)) await rm(path, { force: true });
      return;
    }
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (isDotName(entry.name)) continue;
      await sweep(`${rel}/${entry.name}`, entry.name, entry.isDirectory());
    }
    if (name !== '') await removeIfEmpty(path);
  };
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (isOwnedRootEntry(entry.name)) await sweep(entry.name, entry.name, entry.isDirectory());
  }
};
