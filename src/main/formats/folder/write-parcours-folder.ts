import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MediaReader, ParcoursDocument } from '../parcours-document';
import { FolderProgress } from './folder-progress';
import { planParcoursFolder, type FolderFile } from './plan-parcours-folder';
import { prepareTargetFolder } from './prepare-target-folder';
import { removeStaleFiles } from './remove-stale-files';
import { toFolderError } from './to-folder-error';
import { writeJsonFile } from './write-json-file';
import { writeMediaFile } from './write-media-file';

/** How a folder export reports progress (bytes) and can be cancelled. */
export interface FolderWriteOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const sizeOf = (file: FolderFile): number =>
  file.kind === 'json' ? Buffer.byteLength(file.text) : file.media.sizeBytes;

/**
 * Writes a parcours as a parcours folder (docs/parcours-folder.md) into `dir`: created if
 * missing, refused if it holds other files and no `.atelier-folder` marker. Re-exporting into
 * the same folder rewrites only changed files and removes those the parcours no longer has
 * (only the format's own: `.git`, dotfiles and other root files stay). The same document gives
 * the same bytes. Media are streamed from `media`, never whole in memory, and checked against
 * their sha256. Throws a `ParcoursFolderError`, or `signal.reason` once aborted.
 */
export const writeParcoursFolder = async (
  doc: ParcoursDocument,
  media: MediaReader,
  dir: string,
  options: FolderWriteOptions = {},
): Promise<void> => {
  const { signal } = options;
  const files = planParcoursFolder(doc);
  let current = '.';
  try {
    await prepareTargetFolder(dir);
    await removeStaleFiles(dir, new Set(files.map((file) => file.path)));
    const progress = new FolderProgress(
      files.reduce((sum, file) => sum + sizeOf(file), 0),
      options.onProgress,
    );
    progress.report();
    for (const file of files) {
      signal?.throwIfAborted();
      current = file.path;
      const path = join(dir, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      if (file.kind === 'json') {
        await writeJsonFile(path, file.text);
        progress.add(sizeOf(file));
      } else {
        await writeMediaFile(path, file.media, media, progress, signal);
      }
      progress.report();
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toFolderError(error, current);
  }
};
