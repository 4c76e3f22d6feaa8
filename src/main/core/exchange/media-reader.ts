import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { MEDIA_CHUNK_BYTES } from '../../../shared/domain/media';
import type { MediaReader } from '../../formats/parcours-document';
import type { MediaRepo } from '../db/repos/media-repo';

function* chunks(repo: MediaRepo, id: string): Generator<Buffer> {
  for (let index = 0; ; index += 1) {
    const chunk = repo.readChunk(id, index);
    if (!chunk) return;
    yield chunk;
    if (chunk.length < MEDIA_CHUNK_BYTES) return;
  }
}

/** Media bytes from the project file, one 1 MiB chunk at a time as the consumer pulls. */
export const projectMediaReader = (repo: MediaRepo): MediaReader => ({
  open: (mediaId) => Readable.from(chunks(repo, mediaId), { objectMode: false }),
});

/** The SHA-1 of a medium's bytes (the name Moodle gives its blob), read chunk by chunk. */
export const mediaSha1 = (repo: MediaRepo, mediaId: string): string => {
  const hash = createHash('sha1');
  for (const chunk of chunks(repo, mediaId)) hash.update(chunk);
  return hash.digest('hex');
};
