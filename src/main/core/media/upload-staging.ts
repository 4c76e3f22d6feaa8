import { createHash, randomUUID, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_CHUNK_BYTES } from '../../../shared/domain/media';
import { mediaErrors } from './media-errors';
import { SNIFF_BYTES } from './sniff-media-type';

/** A finished upload: a file on disk, its digest and first bytes; the caller removes it. */
export interface StagedFile {
  name: string;
  mime: string;
  sizeBytes: number;
  path: string;
  sha256: string;
  head: Buffer;
  /** Deletes the staging file. */
  discard(): void;
}

interface Upload {
  projectPath: string;
  name: string;
  mime: string;
  sizeBytes: number;
  path: string;
  fd: number;
  hash: Hash;
  received: number;
  nextIndex: number;
  head: Buffer[];
  headBytes: number;
}

/**
 * Uploads in progress. Each is a temporary file in `<project>.snapshots/uploads/` (the same
 * disk as the project, so finishing never copies across file systems) that chunks are
 * appended to in order while a sha256 is updated: the whole file is never in memory.
 */
export interface UploadStaging {
  begin(projectPath: string, file: { name: string; mime: string; sizeBytes: number }): string;
  /** Appends a chunk of the contract (`index` must be the next one, ≤ 1 MiB). */
  appendChunk(projectPath: string, uploadId: string, index: number, bytes: Buffer): number;
  /** Appends bytes of a local file being imported (any size, no index). */
  appendBytes(uploadId: string, bytes: Buffer): void;
  finish(projectPath: string, uploadId: string): StagedFile;
  cancel(uploadId: string): void;
  /** Cancels every upload (project closed, app quitting). */
  cancelAll(): void;
}

/** More at once is a client bug or an attack on the disk. */
const MAX_OPEN_UPLOADS = 8;

const uploadDirOf = (projectPath: string): string => `${projectPath}.snapshots/uploads`;

export const createUploadStaging = (): UploadStaging => {
  const uploads = new Map<string, Upload>();

  const require = (projectPath: string | null, uploadId: string): Upload => {
    const upload = uploads.get(uploadId);
    if (!upload || (projectPath !== null && upload.projectPath !== projectPath)) {
      throw mediaErrors.uploadNotFound(uploadId);
    }
    return upload;
  };

  const drop = (uploadId: string): void => {
    const upload = uploads.get(uploadId);
    if (!upload) return;
    uploads.delete(uploadId);
    try {
      closeSync(upload.fd);
    } catch {
      // Already closed by finish.
    }
    rmSync(upload.path, { force: true });
  };

  /** Files left by a crashed run: only this process writes the project (lock), so any
   * staging file it does not know is an orphan. */
  const sweep = (dir: string): void => {
    const known = new Set([...uploads.values()].map((u) => u.path));
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!known.has(path)) rmSync(path, { force: true });
    }
  };

  const write = (upload: Upload, bytes: Buffer): void => {
    if (upload.received + bytes.length > upload.sizeBytes) {
      throw mediaErrors.chunkTooLarge(MEDIA_CHUNK_BYTES);
    }
    let written = 0;
    while (written < bytes.length) {
      written += writeSync(
        upload.fd,
        bytes,
        written,
        bytes.length - written,
        upload.received + written,
      );
    }
    upload.hash.update(bytes);
    upload.received += bytes.length;
    if (upload.headBytes < SNIFF_BYTES) {
      const part = bytes.subarray(0, SNIFF_BYTES - upload.headBytes);
      upload.head.push(Buffer.from(part));
      upload.headBytes += part.length;
    }
  };

  return {
    begin(projectPath, file) {
      if (uploads.size >= MAX_OPEN_UPLOADS) throw mediaErrors.tooManyUploads(MAX_OPEN_UPLOADS);
      const dir = uploadDirOf(projectPath);
      mkdirSync(dir, { recursive: true });
      sweep(dir);
      const uploadId = randomUUID();
      const path = join(dir, `${uploadId}.part`);
      uploads.set(uploadId, {
        projectPath,
        ...file,
        path,
        fd: openSync(path, 'wx'),
        hash: createHash('sha256'),
        received: 0,
        nextIndex: 0,
        head: [],
        headBytes: 0,
      });
      return uploadId;
    },
    appendChunk(projectPath, uploadId, index, bytes) {
      const upload = require(projectPath, uploadId);
      if (index !== upload.nextIndex) throw mediaErrors.chunkOutOfOrder(upload.nextIndex, index);
      if (bytes.length > MEDIA_CHUNK_BYTES) throw mediaErrors.chunkTooLarge(MEDIA_CHUNK_BYTES);
      write(upload, bytes);
      upload.nextIndex += 1;
      return upload.received;
    },
    appendBytes(uploadId, bytes) {
      write(require(null, uploadId), bytes);
    },
    finish(projectPath, uploadId) {
      const upload = require(projectPath, uploadId);
      if (upload.received !== upload.sizeBytes) {
        throw mediaErrors.incomplete(upload.sizeBytes, upload.received);
      }
      uploads.delete(uploadId);
      closeSync(upload.fd);
      return {
        name: upload.name,
        mime: upload.mime,
        sizeBytes: upload.sizeBytes,
        path: upload.path,
        sha256: upload.hash.digest('hex'),
        head: Buffer.concat(upload.head),
        discard: () => {
          rmSync(upload.path, { force: true });
        },
      };
    },
    cancel: drop,
    cancelAll() {
      for (const id of [...uploads.keys()]) drop(id);
    },
  };
};
