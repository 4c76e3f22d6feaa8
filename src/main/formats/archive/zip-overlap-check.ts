import type { Entry } from 'yauzl';
import { ArchiveError } from './archive-error';

/** Fixed part of a ZIP local file header, before the name and the extra field. */
const LOCAL_HEADER_BYTES = 30;

/**
 * Refuses entries whose local header and data overlap another entry's: the trick behind
 * non-recursive zip bombs (many central records inflating the same compressed bytes). Each
 * entry needs at least its fixed header, its name and its compressed data before the next.
 */
export const checkZipOverlap = (entries: readonly Entry[]): void => {
  const spans = entries
    .map((entry) => ({
      name: entry.fileName,
      start: entry.relativeOffsetOfLocalHeader,
      end:
        entry.relativeOffsetOfLocalHeader +
        LOCAL_HEADER_BYTES +
        entry.fileNameLength +
        entry.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  spans.forEach((span, index) => {
    const previous = index > 0 ? spans[index - 1] : undefined;
    if (previous !== undefined && span.start < previous.end) {
      throw new ArchiveError('bomb', { entry: span.name, reason: 'overlap' });
    }
  });
};
