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

/** Reads `path` into `media_chunks`, one 1 MiB buffer at a time (reused: SQLite copies it). */
export const writeMediaChunks = (
  session: ProjectSession,
  id: string,
  path: string,
  size: number,
): void => {
  const buffer = Buffer.allocUnsafe(MEDIA_CHUNK_BYTES);
  const fd = openSync(path, 'r');
  try {
    for (let index = 0, offset = 0; offset < size; index += 1) {
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
  } finally {
    closeSync(fd);
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
