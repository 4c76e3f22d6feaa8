import type { Readable } from 'node:stream';
import type { ProgressCallback } from './progress-reporter';

/**
 * A file to put in an archive. `mtime` is in seconds since the Unix epoch (what tar stores);
 * `size` is the exact byte count of `source`. A function source is called once, when the
 * entry is written, so a large file is streamed and never held in memory.
 */
export interface ArchiveFileInput {
  readonly path: string;
  readonly mtime: number;
  readonly size: number;
  readonly source: Buffer | string | (() => Readable);
}

/** A folder to put in an archive (written with the fixed Moodle folder mtime). */
export interface ArchiveDirectoryInput {
  readonly path: string;
  readonly directory: true;
}

/** One entry given to `writeTarGz` or `writeZip`, in the order it is written. */
export type ArchiveInput = ArchiveFileInput | ArchiveDirectoryInput;

/** How to write: progress in source bytes written (`totalBytes` if known), cancellation. */
export interface ArchiveWriteOptions {
  readonly onProgress?: ProgressCallback;
  readonly totalBytes?: number;
  readonly signal?: AbortSignal;
}
