import { rename, rm, stat } from 'node:fs/promises';
import type { Media } from '../../../shared/domain/media';
import type { MediaReader } from '../parcours-document';
import { copyHashed } from './copy-hashed';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT } from './folder-layout';
import type { FolderProgress } from './folder-progress';
import { hashFile } from './hash-file';

const alreadyThere = async (path: string, media: Media, signal?: AbortSignal): Promise<boolean> => {
  try {
    const stats = await stat(path);
    return (
      stats.isFile() &&
      stats.size === media.sizeBytes &&
      (await hashFile(path, { signal })).sha256 === media.id
    );
  } catch (error) {
    if ((error as Error | null)?.name === 'AbortError') throw error;
    return false;
  }
};

/**
 * Streams a medium from the library to `path`, unless the file
 * already holds exactly its bytes. The bytes must hash to the medium's id: a library that gives
 * other bytes is damaged, and the folder must not carry them.
 */
export const writeMediaFile = async (
  path: string,
  media: Media,
  reader: MediaReader,
  progress: FolderProgress,
  signal?: AbortSignal,
): Promise<void> => {
  if (await alreadyThere(path, media, signal)) {
    progress.add(media.sizeBytes);
    return;
  }
  const temp = `${path}${FOLDER_LAYOUT.tempSuffix}`;
  try {
    const copied = await copyHashed(reader.open(media.id), temp, {
      signal,
      onBytes: (bytes) => {
        progress.add(bytes);
      },
    });
    if (copied.sha256 !== media.id || copied.bytes !== media.sizeBytes) {
      throw folderErrors.libraryMediaDamaged(media.name, media.id);
    }
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
};
