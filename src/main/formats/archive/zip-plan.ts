import type { Entry, ZipFile } from 'yauzl';
import type { EntryPath } from './entry-path';
import type { ExtractionJob } from './extraction-job';
import type { EntryKind } from './path-registry';
import { ArchiveError } from './archive-error';
import { checkZipOverlap } from './zip-overlap-check';
import { zipEntryKind } from './zip-entry-kind';

/** One ZIP entry admitted for extraction. */
export interface ZipPlanItem {
  readonly entry: Entry;
  readonly path: EntryPath;
  readonly kind: EntryKind;
}

/**
 * Reads the whole central directory before writing anything: the declared entry count, every
 * path, kind and declared size, and the overlap of entries are all checked first, so most
 * hostile ZIPs are refused with nothing written.
 */
export const planZip = async (zip: ZipFile, job: ExtractionJob): Promise<ZipPlanItem[]> => {
  if (zip.entryCount > job.limits.maxEntries) {
    throw new ArchiveError('too-many-entries', { limit: job.limits.maxEntries });
  }
  const entries: Entry[] = [];
  const items: ZipPlanItem[] = [];
  for await (const entry of zip.eachEntry()) {
    job.latch.throwIfFailed();
    entries.push(entry);
    const kind = zipEntryKind(entry);
    const path = job.admission.admit(entry.fileName, kind, entry.uncompressedSize);
    if (path !== null) items.push({ entry, path, kind });
  }
  checkZipOverlap(entries);
  return items;
};
