import { once } from 'node:events';
import { Parser, type ReadEntry } from 'tar';
import type { EntryPath } from './entry-path';
import type { ExtractionJob } from './extraction-job';
import { ArchiveError } from './archive-error';
import type { StreamChecks } from './stream-checks';
import { tarEntryKind } from './tar-entry-kind';
import { tarWarningError } from './tar-warning-error';
import { toArchiveError } from './to-archive-error';

/** Pax and GNU long-name headers are held in memory by node-tar: keep them small. */
const MAX_META_BYTES = 64 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/** The bytes of one entry, as node-tar's parser hands them over. */
async function* entryBytes(entry: ReadEntry): AsyncGenerator<Buffer> {
  for await (const chunk of entry) yield chunk;
}

/**
 * Takes an inflated tar stream and turns each entry into a checked write in the staging tree.
 * node-tar parses (headers, pax, GNU long names, checksums); this class is the policy: every
 * entry goes through the admission gate, links and devices refuse the archive, any parser
 * warning refuses it, and the parser is fed only as fast as the files are written.
 */
export class TarEntrySink {
  readonly #parser = new Parser({ strict: false, maxMetaEntrySize: MAX_META_BYTES });
  #head = Buffer.alloc(0);
  #sawEntry = false;
  #sawEof = false;

  constructor(private readonly job: ExtractionJob) {
    const { latch } = job;
    this.#parser.on('entry', (entry: ReadEntry) => {
      this.#onEntry(entry);
    });
    this.#parser.on('ignoredEntry', (entry: ReadEntry) => {
      latch.fail(
        entry.meta
          ? new ArchiveError('corrupt', { entry: entry.path, reason: 'extended header too large' })
          : new ArchiveError('special-entry', { entry: entry.path, reason: entry.type }),
      );
    });
    this.#parser.on('warn', (code: string, message: string) => {
      latch.fail(tarWarningError(code, message, this.#sawEntry));
    });
    this.#parser.on('error', (error: Error) => {
      latch.fail(toArchiveError(error));
    });
    // node-tar cuts pax and GNU long-name values at a NUL byte; refuse them instead.
    this.#parser.on('meta', (meta: string) => {
      if (meta.replace(/\0+$/u, '').includes('\0')) {
        latch.fail(new ArchiveError('unsafe-path', { entry: meta.trim(), reason: 'NUL' }));
      }
    });
    // After the end-of-archive blocks node-tar keeps buffering what it is given: stop feeding it.
    this.#parser.on('eof', () => {
      this.#sawEof = true;
    });
  }

  /** Feeds inflated bytes; resolves when the parser can take more. */
  async write(chunk: Buffer): Promise<void> {
    this.#checkHead(chunk);
    if (this.#sawEof) return;
    if (!this.#parser.write(chunk)) {
      await once(this.#parser, 'drain', { signal: this.job.latch.signal });
    }
  }

  /** Ends the tar stream; resolves once the parser has handed over every entry. */
  async end(): Promise<void> {
    const ended = once(this.#parser, 'end', { signal: this.job.latch.signal });
    this.#parser.end();
    await ended;
  }

  /** A gzip or zstd stream inside the gzip would be inflated again by node-tar: refuse it. */
  #checkHead(chunk: Buffer): void {
    if (this.#head.length >= ZSTD_MAGIC.length) return;
    this.#head = Buffer.concat([this.#head, chunk]).subarray(0, ZSTD_MAGIC.length);
    const nested =
      this.#head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC) || this.#head.equals(ZSTD_MAGIC);
    if (nested) throw new ArchiveError('not-an-archive', { reason: 'compressed twice' });
  }

  #onEntry(entry: ReadEntry): void {
    this.#sawEntry = true;
    const { job } = this;
    if (job.latch.failure !== undefined) {
      entry.resume();
      return;
    }
    try {
      const kind = tarEntryKind(entry.type, entry.path);
      const path = job.admission.admit(entry.path, kind, entry.size);
      if (kind === 'file' && path !== null) {
        job.writes.push(() =>
          job.tree.writeFile(path, entryBytes(entry), this.#guard(path, entry)),
        );
        return;
      }
      entry.resume();
      if (path !== null) job.writes.push(() => job.tree.makeDirectory(path));
    } catch (error) {
      entry.resume();
      job.latch.fail(toArchiveError(error, entry.path));
    }
  }

  /** node-tar never hands over more than the header's size; check it handed over that much. */
  #guard(path: EntryPath, entry: ReadEntry): StreamChecks {
    let written = 0;
    return {
      onChunk: (chunk) => {
        written += chunk.length;
        if (written > this.job.limits.maxEntryBytes) {
          throw new ArchiveError('too-large', {
            entry: path.path,
            limit: this.job.limits.maxEntryBytes,
          });
        }
      },
      onEnd: () => {
        if (written !== entry.size) throw new ArchiveError('truncated', { entry: path.path });
      },
    };
  }
}
