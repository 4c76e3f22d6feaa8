import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryPath } from './entry-path';
import type { StreamChecks } from './stream-checks';
import { abortableChunks } from './abortable-chunks';
import { ArchiveError } from './archive-error';
import { errnoCode, toArchiveError } from './to-archive-error';

/** File system codes that mean an entry met something already on disk under its name. */
const COLLISION = new Set(['EEXIST', 'ENOTDIR', 'EISDIR']);

/** A write error in the staging folder, where a name collision is a duplicate entry. */
const writeError = (error: unknown, entry: string): ArchiveError => {
  const code = errnoCode(error);
  if (code !== undefined && COLLISION.has(code)) return new ArchiveError('duplicate', { entry });
  if (code === 'ENAMETOOLONG') return new ArchiveError('path-too-long', { entry });
  return toArchiveError(error, entry);
};

const writeAll = (fd: number, chunk: Buffer): void => {
  for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
};

/** One extracted file: its path relative to the staging folder, its size and its sha256. */
export interface ExtractedFile {
  readonly path: string;
  readonly size: number;
  /** Of the bytes written, taken while they streamed: callers need not read the file again. */
  readonly sha256: string;
}

/**
 * Writes checked entries under the staging folder: regular files and folders only, files
 * opened with `wx` so that nothing existing is ever overwritten or followed, and every byte
 * seen by `checks` (which enforce the limits) before it is written.
 *
 * File data is written with synchronous calls, as `tar` does: the extraction runs in a job
 * worker, and an asynchronous write per chunk made inflating wait for each write's round trip
 * through the thread pool (most of the extraction's time). The chunks still arrive
 * asynchronously, so cancellation is heard between two of them.
 */
export class StagingTree {
  readonly files: ExtractedFile[] = [];
  readonly directories: string[] = [];
  readonly #made = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly signal: AbortSignal,
    private readonly onFile?: (file: ExtractedFile) => void,
  ) {}

  async makeDirectory(path: EntryPath): Promise<void> {
    await this.#ensure(path.segments, path.path);
    this.directories.push(path.path);
  }

  async writeFile(
    path: EntryPath,
    source: AsyncIterable<Buffer>,
    checks: StreamChecks,
  ): Promise<void> {
    await this.#ensure(path.segments.slice(0, -1), path.path);
    const hash = createHash('sha256');
    let size = 0;
    try {
      const fd = openSync(join(this.root, ...path.segments), 'wx');
      try {
        for await (const chunk of abortableChunks(source, this.signal)) {
          checks.onChunk?.(chunk);
          writeAll(fd, chunk);
          hash.update(chunk);
          size += chunk.length;
        }
        this.signal.throwIfAborted();
        checks.onEnd?.();
      } finally {
        // Closed before anything else runs: clearing the staging folder cannot race it.
        closeSync(fd);
      }
    } catch (error) {
      throw writeError(error, path.path);
    }
    const file = { path: path.path, size, sha256: hash.digest('hex') };
    this.files.push(file);
    this.onFile?.(file);
  }

  async #ensure(segments: readonly string[], entry: string): Promise<void> {
    if (segments.length === 0) return;
    const key = segments.join('/');
    if (this.#made.has(key)) return;
    try {
      await mkdir(join(this.root, ...segments), { recursive: true });
    } catch (error) {
      throw writeError(error, entry);
    }
    segments.forEach((_, index) => this.#made.add(segments.slice(0, index + 1).join('/')));
  }
}
