import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { mediaSchema, type Media, type MediaKind } from '../../../src/shared/domain/media';
import type { MediaReader } from '../../../src/main/formats/parcours-document';

/** The sha256 of bytes, as a medium's id. */
export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Deterministic bytes: a header, then a repeating pattern. */
export const patternBytes = (header: string, size: number): Buffer => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + 7) % 251;
  bytes.write(header, 0, 'latin1');
  return bytes;
};

/** A library medium for `bytes`, with fixed metadata. */
export const mediaOf = (
  bytes: Uint8Array,
  meta: { name: string; mime: string; kind: MediaKind } & Partial<Media>,
): Media =>
  mediaSchema.parse({
    id: sha256(bytes),
    sizeBytes: bytes.length,
    width: null,
    height: null,
    alt: '',
    decorative: false,
    captionsMediaId: null,
    hasThumbnail: false,
    createdAt: '2025-03-14T09:26:53.000Z',
    ...meta,
  });

/** A media reader over bytes in memory, as the library's reader streams them. */
export const memoryMediaReader = (bytes: ReadonlyMap<string, Uint8Array>): MediaReader => ({
  open(mediaId) {
    const found = bytes.get(mediaId);
    if (!found) throw new Error(`no medium ${mediaId}`);
    // Several chunks, as a real stream gives them.
    const chunks: Buffer[] = [];
    for (let at = 0; at < found.length; at += 64 * 1024) {
      chunks.push(Buffer.from(found.subarray(at, at + 64 * 1024)));
    }
    return Readable.from(chunks);
  },
});
