import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { MediaReader } from '../../formats/parcours-document';
import type { MediaRepo } from '../db/repos/media-repo';
import { chunksOf } from '../media/read-media';

/** A medium's chunks, whole: what the media routes stream, without a range. */
const allChunks = (repo: MediaRepo, mediaId: string): Generator<Buffer> => {
  const size = repo.get(mediaId)?.sizeBytes ?? 0;
  return chunksOf(repo, mediaId, 0, size - 1);
};

/** Media bytes from the project file, one 1 MiB chunk at a time as the consumer pulls. */
export const projectMediaReader = (repo: MediaRepo): MediaReader => ({
  open: (mediaId) => Readable.from(allChunks(repo, mediaId), { objectMode: false }),
});

/** The SHA-1 of a medium's bytes (the name Moodle gives its blob), read chunk by chunk. */
export const mediaSha1 = (repo: MediaRepo, mediaId: string): string => {
  const hash = createHash('sha1');
  for (const chunk of allChunks(repo, mediaId)) hash.update(chunk);
  return hash.digest('hex');
};
