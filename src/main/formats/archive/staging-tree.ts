import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntryPath } from './entry-path';
import { streamClosed } from './stream-closed';
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

/** One extracted file: its path relative to the staging folder, and its size in bytes. */
export interface ExtractedFile {
  readonly path: string;
  readonly size: number;
}

/**
 * Writes checked entries under the staging folder: regular files and folders only, files
 * opened with `wx` so that nothing existing is ever overwritten or followed, and every byte
 * through a `guard` stream that enforces the limits while it streams.
 */
export class StagingTree {
  readonly files: ExtractedFile[] = [];
  readonly directories: string[] = [];
  readonly #made = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly signal: AbortSignal,
  ) {}

  async makeDirectory(path: EntryPath): Promise<void> {
    await this.#ensure(path.segments, path.path);
    this.directories.push(path.path);
  }

  async writeFile(
    path: EntryPath,
    source: Readable | AsyncIterable<Buffer>,
    guard: Transform,
  ): Promise<void> {
    await this.#ensure(path.segments.slice(0, -1), path.path);
    const out = createWriteStream(join(this.root, ...path.segments), { flags: 'wx' });
    // pipeline() reports this stream's errors; the listener only keeps a late one from crashing.
    out.on('error', () => undefined);
    try {
      await pipeline(source, guard, out, { signal: this.signal });
    } catch (error) {
      // Clearing the staging folder must not race a file still being closed.
      out.destroy();
      await streamClosed(out);
      throw writeError(error, path.path);
    }
    this.files.push({ path: path.path, size: out.bytesWritten });
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
