import { createHash } from 'node:crypto';
import { MEDIA_CHUNK_BYTES, type Media } from '../../../shared/domain/media';
import type { QuestionAttachment } from '../../formats/moodle-xml/parse-moodle-xml';
import type { Repos } from '../db/repos/create-repos';
import type { UnitOfWork } from '../journal/unit-of-work';
import { sniffMediaType, SNIFF_BYTES } from '../media/sniff-media-type';

/**
 * Stores the files of an import in the media library (same bytes, same medium) within the
 * caller's edit, and returns the map from the import's temporary ids to media ids. The bytes
 * came base64-encoded inside a bounded file, so each is already in memory; the chunks are
 * written outside the journal, the metadata row through it (ADR 0004). Images get no alt
 * text: the question's own HTML carries its `alt` attribute.
 */
export const storeAttachments = (
  repos: Repos,
  uow: UnitOfWork,
  attachments: readonly QuestionAttachment[],
  now: Date,
): Map<string, string> => {
  const ids = new Map<string, string>();
  for (const file of attachments) {
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    const id = createHash('sha256').update(bytes).digest('hex');
    ids.set(file.mediaId, id);
    if (repos.media.get(id)) continue;
    const sniffed = sniffMediaType(bytes.subarray(0, SNIFF_BYTES), 'application/octet-stream');
    const media: Media = {
      id,
      name: file.name.slice(0, 255) || 'fichier',
      mime: sniffed.mime,
      kind: sniffed.kind,
      sizeBytes: bytes.length,
      width: sniffed.width,
      height: sniffed.height,
      alt: '',
      decorative: false,
      captionsMediaId: null,
      hasThumbnail: false,
      createdAt: now.toISOString(),
      author: '',
      licence: '',
    };
    if (!repos.media.hasChunks(id, bytes.length, MEDIA_CHUNK_BYTES)) {
      repos.media.deleteChunks(id);
      for (let index = 0, at = 0; at < bytes.length; index += 1, at += MEDIA_CHUNK_BYTES)
        repos.media.putChunk(id, index, bytes.subarray(at, at + MEDIA_CHUNK_BYTES));
    }
    uow.put('media', repos.media.toRow(media));
  }
  return ids;
};
