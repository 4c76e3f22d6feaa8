import { join } from 'node:path';
import { z } from 'zod';
import { mediaSchema } from '../../../shared/domain/media';
import type { StagedMedia } from '../parcours-document';
import { hashFile } from './hash-file';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT } from './folder-layout';
import { FOLDER_LIMITS } from './folder-limits';
import type { FolderListing } from './list-parcours-folder';
import type { FolderReadContext } from './folder-read-context';

const mediaIndexSchema = z.array(mediaSchema).max(100_000);

/**
 * The media of `media/media.json`, each copied from `media/<sha256>/<file>` into `stagingDir`
 * while hashed: a file whose bytes do not match its id (or its announced size) is refused.
 * Staged paths are pushed to `staged` as they are made, so the caller can remove them on failure.
 * `media/<sha256>/` folders the index does not list are reported in `ignored`.
 */
export const readMedia = async (
  context: FolderReadContext,
  listing: Pick<FolderListing, 'mediaIndex' | 'media' | 'ignored'>,
  stagingDir: string,
  staged: StagedMedia[],
): Promise<void> => {
  const index = listing.mediaIndex ? await context.parse(listing.mediaIndex, mediaIndexSchema) : [];
  index.forEach((media, at) => {
    context.ids.claim('media', media.id, FOLDER_LAYOUT.mediaIndex, `[${String(at)}].id`);
  });
  for (const name of listing.media.keys()) {
    if (!context.ids.has('media', name)) listing.ignored.push(`${FOLDER_LAYOUT.media}/${name}`);
  }
  for (const media of [...index].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    context.signal?.throwIfAborted();
    const dir = `${FOLDER_LAYOUT.media}/${media.id}`;
    const files = (listing.media.get(media.id) ?? []).filter((entry) => entry.kind === 'file');
    const file = files[0];
    if (file === undefined || files.length > 1)
      throw folderErrors.mediaFileCount(dir, files.length);
    context.current = file.rel;
    if (file.size > FOLDER_LIMITS.mediaBytes) {
      throw folderErrors.tooLarge(file.rel, FOLDER_LIMITS.mediaBytes);
    }
    if (file.size !== media.sizeBytes)
      throw folderErrors.mediaSize(file.rel, media.sizeBytes, file.size);
    const path = join(stagingDir, media.id);
    staged.push({ media, path });
    const copied = await hashFile(file.abs, {
      target: path,
      maxBytes: media.sizeBytes,
      signal: context.signal,
      onBytes: (bytes) => {
        context.progress.add(bytes);
      },
    });
    if (copied.bytes !== media.sizeBytes) {
      throw folderErrors.mediaSize(file.rel, media.sizeBytes, copied.bytes);
    }
    if (copied.sha256 !== media.id)
      throw folderErrors.mediaMismatch(file.rel, media.id, copied.sha256);
    context.progress.report();
  }
};
