import type { Client } from '../../../shared/contract/create-client';
import { MEDIA_CHUNK_BYTES, type Media } from '../../../shared/domain/media';
import { makeThumbnail } from './make-thumbnail';
import { readBase64 } from './read-base64';

export interface UploadRequest {
  blob: Blob;
  name: string;
  alt?: string;
  decorative?: boolean;
  signal: AbortSignal;
  onProgress: (sentBytes: number) => void;
}

/** Thrown when the author cancelled: not an error to show. */
export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
    this.name = 'UploadCancelled';
  }
}

/**
 * Streams a file to the core in `MEDIA_CHUNK_BYTES` chunks read with `Blob.slice()`, so a
 * 300 MB video never sits whole in memory, then sends the thumbnail the renderer drew.
 */
export const uploadInChunks = async (client: Client, request: UploadRequest): Promise<Media> => {
  const { blob, signal } = request;
  const mime = blob.type === '' ? 'application/octet-stream' : blob.type;
  const preview = await makeThumbnail(blob, mime);
  const { uploadId } = await client.invoke('media.uploadBegin', {
    name: request.name,
    mime,
    sizeBytes: blob.size,
  });
  try {
    for (let index = 0, start = 0; start < blob.size; index += 1, start += MEDIA_CHUNK_BYTES) {
      if (signal.aborted) throw new UploadCancelled();
      const dataBase64 = await readBase64(blob.slice(start, start + MEDIA_CHUNK_BYTES));
      const { receivedBytes } = await client.invoke('media.uploadChunk', {
        uploadId,
        index,
        dataBase64,
      });
      request.onProgress(receivedBytes);
    }
    if (signal.aborted) throw new UploadCancelled();
  } catch (error) {
    await client.invoke('media.uploadCancel', { uploadId }).catch(() => null);
    throw error;
  }
  const media = await client.invoke('media.uploadFinish', {
    uploadId,
    ...(request.alt === undefined ? {} : { alt: request.alt }),
    ...(request.decorative === undefined ? {} : { decorative: request.decorative }),
    width: preview.width,
    height: preview.height,
  });
  if (preview.pngBase64 === null || media.hasThumbnail) return media;
  return client.invoke('media.setThumbnail', { id: media.id, pngBase64: preview.pngBase64 });
};
