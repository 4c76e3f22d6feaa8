import { createHash, randomBytes } from 'node:crypto';
import { MEDIA_CHUNK_BYTES } from '../../../src/shared/domain/media';
import type { Client } from '../../../src/shared/contract/create-client';

/** A PNG header with the given size followed by random bytes: enough for the sniffing. */
export const fakePng = (width: number, height: number, extra = 200): Buffer => {
  const header = Buffer.alloc(24);
  header.writeUInt32BE(0x89504e47, 0);
  header.writeUInt32BE(0x0d0a1a0a, 4);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return Buffer.concat([header, randomBytes(extra)]);
};

/** An ISO media ("ftyp isom") header followed by random bytes: sniffed as video/mp4. */
export const fakeMp4 = (size: number): Buffer => {
  const bytes = randomBytes(size);
  bytes.writeUInt32BE(24, 0);
  bytes.write('ftypisom', 4, 'latin1');
  return bytes;
};

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Uploads `bytes` through the contract in 1 MiB chunks, as the renderer does. */
export const uploadBytes = async (
  client: Client,
  bytes: Buffer,
  meta: { name: string; mime: string; alt?: string; decorative?: boolean },
) => {
  const { uploadId } = await client.invoke('media.uploadBegin', {
    name: meta.name,
    mime: meta.mime,
    sizeBytes: bytes.length,
  });
  for (let i = 0, at = 0; at < bytes.length; i += 1, at += MEDIA_CHUNK_BYTES) {
    await client.invoke('media.uploadChunk', {
      uploadId,
      index: i,
      dataBase64: bytes.subarray(at, at + MEDIA_CHUNK_BYTES).toString('base64'),
    });
  }
  return client.invoke('media.uploadFinish', {
    uploadId,
    ...(meta.alt === undefined ? {} : { alt: meta.alt }),
    ...(meta.decorative === undefined ? {} : { decorative: meta.decorative }),
  });
};
