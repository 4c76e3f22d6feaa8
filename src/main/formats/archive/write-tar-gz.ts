import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { ArchiveInput, ArchiveWriteOptions } from './archive-input';
import { FailureLatch } from './failure-latch';
import { GzipHeaderNormalizer } from './gzip-header-normalizer';
import { writeOutputFile } from './output-file';
import { plannedEntries } from './planned-entries';
import { ProgressReporter } from './progress-reporter';
import { sourceChunks } from './source-chunks';
import { tarEntryHeader } from './tar-entry-header';
import { toArchiveError } from './to-archive-error';

/** gzip's own default, what `tar -czf` and Moodle use. */
const GZIP_LEVEL = 6;
const END_OF_ARCHIVE = Buffer.alloc(1024);

async function* tarStream(
  inputs: Iterable<ArchiveInput> | AsyncIterable<ArchiveInput>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  for await (const entry of plannedEntries(inputs)) {
    yield tarEntryHeader(entry);
    if (entry.kind === 'directory') continue;
    yield* sourceChunks(entry.file, onBytes);
    const padding = (512 - (entry.file.size % 512)) % 512;
    if (padding > 0) yield Buffer.alloc(padding);
  }
  // Two zero blocks end the archive; like Moodle, no padding to a 10 KiB record.
  yield END_OF_ARCHIVE;
}

/**
 * Writes a backup archive as Moodle does: a gzip (mtime 0, OS byte 3) of a POSIX ustar tar,
 * entries relative to the root in the given order, explicit folder entries. No clock and no
 * user name is read, so the same entries give the same bytes. Sources are streamed. On error
 * or cancellation no partial file is left and an `ArchiveError` is thrown.
 */
export const writeTarGz = async (
  entries: Iterable<ArchiveInput> | AsyncIterable<ArchiveInput>,
  outFile: string,
  options: ArchiveWriteOptions = {},
): Promise<void> => {
  const latch = new FailureLatch();
  const unfollow = latch.follow(options.signal);
  const progress = new ProgressReporter(options.onProgress, options.totalBytes ?? null);
  let done = 0;
  try {
    latch.throwIfFailed();
    await writeOutputFile(outFile, (out) =>
      pipeline(
        Readable.from(
          tarStream(entries, (bytes) => {
            done += bytes;
            progress.report(done);
          }),
        ),
        createGzip({ level: GZIP_LEVEL }),
        new GzipHeaderNormalizer(),
        out,
        { signal: latch.signal },
      ),
    );
    progress.finish(done);
  } catch (error) {
    throw latch.failure ?? toArchiveError(error);
  } finally {
    unfollow();
  }
};
