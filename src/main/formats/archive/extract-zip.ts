import { crc32 } from 'node:zlib';
import { openPromise, type ZipFile } from 'yauzl';
import type { ExtractionJob } from './extraction-job';
import type { ZipPlanItem } from './zip-plan';
import { ArchiveError } from './archive-error';
import type { StreamChecks } from './stream-checks';
import { InflationMeter } from './inflation-meter';
import { toArchiveError } from './to-archive-error';
import { checkZipLocalHeader } from './zip-local-header-check';
import { planZip } from './zip-plan';

/** Inflates one entry through yauzl, checking size, ratio, total and CRC while it streams. */
const extractFile = async (zip: ZipFile, item: ZipPlanItem, job: ExtractionJob): Promise<void> => {
  const { entry, path } = item;
  const { limits } = job;
  try {
    checkZipLocalHeader(entry, await zip.readLocalFileHeaderPromise(entry));
    const stream = await zip.openReadStreamPromise(entry);
    // yauzl's destroy() leaves its size-checking stream alive: an error it emits after the
    // pipeline has given up must still be heard, or it would crash the process.
    stream.on('error', (error) => {
      job.latch.fail(toArchiveError(error, path.path));
    });
    let inflated = 0;
    let crc = 0;
    const guard: StreamChecks = {
      onChunk: (chunk) => {
        inflated += chunk.length;
        if (inflated > limits.maxEntryBytes) {
          throw new ArchiveError('too-large', { entry: path.path, limit: limits.maxEntryBytes });
        }
        InflationMeter.checkRatio(inflated, entry.compressedSize, limits, path.path);
        job.meter.add(chunk.length, job.archiveBytes, path.path);
        crc = crc32(chunk, crc);
      },
      onEnd: () => {
        if (crc !== entry.crc32) {
          throw new ArchiveError('corrupt', { entry: path.path, reason: 'CRC' });
        }
      },
    };
    await job.tree.writeFile(path, stream, guard);
  } catch (error) {
    throw toArchiveError(error, path.path);
  }
};

/**
 * Extracts a ZIP with yauzl (central directory, lazy entries, sizes validated, strict names).
 * Everything is planned from the central directory first, then entries are inflated one by
 * one in archive order.
 */
export const extractZip = async (file: string, job: ExtractionJob): Promise<void> => {
  const zip = await openPromise(file, {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: true,
    validateEntrySizes: true,
    strictFileNames: true,
  });
  // yauzl reports some failures (closing its file) as 'error' events on the zip itself.
  zip.on('error', (error: Error) => {
    job.latch.fail(toArchiveError(error));
  });
  try {
    const plan = await planZip(zip, job);
    let done = 0;
    for (const item of plan) {
      job.latch.throwIfFailed();
      if (item.kind === 'directory') await job.tree.makeDirectory(item.path);
      else await extractFile(zip, item, job);
      done += item.entry.compressedSize;
      job.progress.report(done);
    }
    job.progress.finish(job.archiveBytes);
  } finally {
    zip.close();
  }
};
