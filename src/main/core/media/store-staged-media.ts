import { closeSync, openSync, readSync } from 'node:fs';
import { MEDIA_CHUNK_BYTES, type Media } from '../../../shared/domain/media';
import type { ProjectSession } from '../project-session';
import { mediaErrors } from './media-errors';
import { sniffMediaType } from './sniff-media-type';
import type { StagedFile } from './upload-staging';

export interface MediaDescription {
  alt?: string | undefined;
  decorative?: boolean | undefined;
  width?: number | null | undefined;
  height?: number | null | undefined;
}

/** Writes a file's bytes into `media_chunks` in steps; see `mediaChunkWriter`. */
export interface MediaChunkWriter {
  /** Writes up to `count` more chunks; true once every chunk is written. */
  step(count: number): boolean;
  close(): void;
}

/**
 * Reads `path` into `media_chunks` under `id`, one 1 MiB buffer at a time (reused: SQLite
 * copies it), as many chunks per `step` as asked, so a long file can be written in slices.
 * The caller owns the transactions.
 */
export const mediaChunkWriter = (
  session: ProjectSession,
  id: string,
  path: string,
  size: number,
): MediaChunkWriter => {
  const buffer = Buffer.allocUnsafe(MEDIA_CHUNK_BYTES);
  let fd: number | null = openSync(path, 'r');
  let index = 0;
  let offset = 0;
  return {
    step(count) {
      if (fd === null) throw new Error(`media chunk writer closed: ${path}`);
      for (let written = 0; offset < size && written < count; written += 1, index += 1) {
        const want = Math.min(MEDIA_CHUNK_BYTES, size - offset);
        let filled = 0;
        while (filled < want) {
          const read = readSync(fd, buffer, filled, want - filled, offset + filled);
          if (read === 0) throw new Error(`staging file shorter than announced: ${path}`);
          filled += read;
        }
        session.repos.media.putChunk(id, index, buffer.subarray(0, want));
        offset += want;
      }
      return offset >= size;
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
};

/** Reads all of `path` into `media_chunks` (inside the caller's transaction). */
export const writeMediaChunks = (
  session: ProjectSession,
  id: string,
  path: string,
  size: number,
): void => {
  const writer = mediaChunkWriter(session, id, path, size);
  try {
    writer.step(Number.POSITIVE_INFINITY);
  } finally {
    writer.close();
  }
};

/**
 * Adds a staged file to the library as one undoable edit ("Importer « nom »"). The same
 * bytes are the same medium: a known medium is returned as it is (its name, alt text… are
 * kept). Bytes already in `media_chunks` (a medium deleted but still in the journal) are
 * not written again. The kind comes from the bytes; an image needs alt text unless
 * decorative. Always discards the staging file.
 */
export const storeStagedMedia = (
  session: ProjectSession,
  staged: StagedFile,
  description: MediaDescription,
  now: Date,
): Media => {
  try {
    const known = session.repos.media.get(staged.sha256);
    if (known) return known;
    const sniffed = sniffMediaType(staged.head, staged.mime);
    const decorative = description.decorative ?? false;
    const alt = (description.alt ?? '').trim();
    if (sniffed.kind === 'image' && !decorative && alt === '') throw mediaErrors.altRequired();
    const media: Media = {
      id: staged.sha256,
      name: staged.name.slice(0, 255),
      mime: sniffed.mime,
      kind: sniffed.kind,
      sizeBytes: staged.sizeBytes,
      width: sniffed.width ?? description.width ?? null,
      height: sniffed.height ?? description.height ?? null,
      alt: decorative ? '' : alt,
      decorative,
      captionsMediaId: null,
      hasThumbnail: false,
      createdAt: now.toISOString(),
      author: '',
      licence: '',
    };
    session.edit({ label: `Importer « ${media.name} »` }, (uow) => {
      const { media: repo } = session.repos;
      if (!repo.hasChunks(media.id, media.sizeBytes, MEDIA_CHUNK_BYTES)) {
        repo.deleteChunks(media.id);
        writeMediaChunks(session, media.id, staged.path, media.sizeBytes);
      }
      uow.put('media', repo.toRow(media));
    });
    return media;
  } finally {
    staged.discard();
  }
};
