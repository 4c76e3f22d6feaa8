import { Readable } from 'node:stream';
import { MEDIA_CHUNK_BYTES, type MediaKind } from '../../../shared/domain/media';
import type { MediaRepo } from '../db/repos/media-repo';

/** Bytes `start` to `end` inclusive, as HTTP ranges count them. */
export interface ByteRange {
  start: number;
  end: number;
}

/** A byte range as a request states it: `start`–`end` (end omitted: to the end), or the last `suffix` bytes. */
export type MediaRangeRequest = { start: number; end?: number | undefined } | { suffix: number };

/** What a host needs to answer a request for a medium's bytes. */
export type MediaRead =
  | {
      status: 'ok';
      name: string;
      mime: string;
      kind: MediaKind;
      /** The whole medium's size. */
      size: number;
      /** The bytes the stream holds: the request's range clamped to the size, or null (all). */
      range: ByteRange | null;
      stream: Readable;
    }
  | { status: 'range-not-satisfiable'; size: number };

/** One chunk at a time, read from SQLite when the consumer pulls: memory stays ~2 MiB. */
export function* chunksOf(
  repo: MediaRepo,
  id: string,
  start: number,
  end: number,
): Generator<Buffer> {
  for (
    let index = Math.floor(start / MEDIA_CHUNK_BYTES);
    index * MEDIA_CHUNK_BYTES <= end;
    index += 1
  ) {
    const chunk = repo.readChunk(id, index);
    if (!chunk) throw new Error(`medium ${id} is missing chunk ${String(index)}`);
    const offset = index * MEDIA_CHUNK_BYTES;
    yield chunk.subarray(Math.max(0, start - offset), Math.min(chunk.length, end - offset + 1));
  }
}

/**
 * Streams a medium's bytes, or a range of them (video seeking). Null when the project has
 * no such medium. The range end is clamped to the size; a start past the end is refused.
 */
export const readMedia = (
  repo: MediaRepo,
  id: string,
  request?: MediaRangeRequest,
): MediaRead | null => {
  const media = repo.get(id);
  if (!media) return null;
  const size = media.sizeBytes;
  let served: ByteRange | null = null;
  if (request) {
    // A suffix range (`bytes=-500`) is the last bytes; longer than the file, the whole file.
    const range =
      'suffix' in request
        ? { start: Math.max(0, size - request.suffix), end: request.suffix > 0 ? size - 1 : -1 }
        : request;
    const end = Math.min(range.end ?? size - 1, size - 1);
    if (range.start < 0 || range.start >= size || end < range.start) {
      return { status: 'range-not-satisfiable', size };
    }
    served = { start: range.start, end };
  }
  const start = served?.start ?? 0;
  const end = served?.end ?? size - 1;
  return {
    status: 'ok',
    name: media.name,
    mime: media.mime,
    kind: media.kind,
    size,
    range: served,
    stream: Readable.from(chunksOf(repo, id, start, end), { objectMode: false, highWaterMark: 1 }),
  };
};
