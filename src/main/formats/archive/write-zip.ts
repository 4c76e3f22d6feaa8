import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { ArchiveInput, ArchiveWriteOptions } from './archive-input';
import { FailureLatch } from './failure-latch';
import { writeOutputFile } from './output-file';
import { plannedEntries } from './planned-entries';
import { ProgressReporter } from './progress-reporter';
import { sourceChunks } from './source-chunks';
import { toArchiveError } from './to-archive-error';

/**
 * 2013-01-01 00:00:00 built from local fields: yazl writes DOS times in local time, so this
 * gives the same bytes in every time zone (with `forceDosTimestamp`, no UTC extra field).
 */
const fixedMtime = () => new Date(2013, 0, 1, 0, 0, 0);

const addEntries = async (
  zip: ZipFile,
  entries: Iterable<ArchiveInput> | AsyncIterable<ArchiveInput>,
  latch: FailureLatch,
  onBytes: (bytes: number) => void,
): Promise<void> => {
  for await (const entry of plannedEntries(entries)) {
    latch.throwIfFailed();
    if (entry.kind === 'directory') {
      zip.addEmptyDirectory(`${entry.path}/`, {
        mtime: fixedMtime(),
        mode: 0o40755,
        forceDosTimestamp: true,
      });
      continue;
    }
    const { file } = entry;
    const options = {
      mtime: fixedMtime(),
      mode: 0o100644,
      compress: true,
      size: file.size,
      forceDosTimestamp: true,
    };
    zip.addReadStreamLazy(entry.path, options, (callback) => {
      const stream = Readable.from(sourceChunks(file, onBytes));
      // yazl pipes without listening for errors: an unheard one would crash the process.
      stream.on('error', (error) => {
        latch.fail(toArchiveError(error, entry.path));
      });
      // yazl does not stop reading when its output is gone: stop the source on failure.
      const stop = () => stream.destroy();
      latch.signal.addEventListener('abort', stop, { once: true });
      stream.once('close', () => {
        latch.signal.removeEventListener('abort', stop);
      });
      callback(null, stream);
    });
  }
  zip.end();
};

/**
 * Writes a backup archive as a ZIP with yazl: deflate, entries relative to the root in the
 * given order, explicit folder entries, every entry at the same fixed time, so the same
 * entries give the same bytes. Sources are streamed. On error or cancellation no partial file
 * is left and an `ArchiveError` is thrown.
 */
export const writeZip = async (
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
    await writeOutputFile(outFile, async (out) => {
      const zip = new ZipFile();
      zip.on('error', (error: Error) => {
        latch.fail(toArchiveError(error));
      });
      // Any failure aborts the latch, hence this pipeline: awaiting it never hangs.
      const written = pipeline(zip.outputStream, out, { signal: latch.signal }).catch(
        (error: unknown) => {
          latch.fail(toArchiveError(error));
        },
      );
      try {
        await addEntries(zip, entries, latch, (bytes) => {
          done += bytes;
          progress.report(done);
        });
      } catch (error) {
        latch.fail(toArchiveError(error));
      }
      await written;
      latch.throwIfFailed();
    });
    progress.finish(done);
  } catch (error) {
    throw latch.failure ?? toArchiveError(error);
  } finally {
    unfollow();
  }
};
