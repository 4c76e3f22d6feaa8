import type { Entry, LocalFileHeader } from 'yauzl';
import { ArchiveError } from './archive-error';

/** General purpose flag: CRC and sizes follow the data instead of sitting in the header. */
const DATA_DESCRIPTOR = 0x08;
const ZIP64_MARKER = 0xffffffff;

/**
 * Refuses an entry whose local header (what streaming unzippers read) disagrees with its
 * central record (what yauzl reads): another name, method, CRC or size is how one archive
 * shows different content to different tools.
 */
export const checkZipLocalHeader = (entry: Entry, local: LocalFileHeader): void => {
  const corrupt = (reason: string) =>
    new ArchiveError('corrupt', { entry: entry.fileName, reason: `local header: ${reason}` });
  if (!local.fileName.equals(entry.fileNameRaw)) throw corrupt('other name');
  if (local.compressionMethod !== entry.compressionMethod) throw corrupt('other method');
  if ((local.generalPurposeBitFlag & DATA_DESCRIPTOR) !== 0) return;
  if (local.crc32 !== entry.crc32) throw corrupt('other CRC');
  const sizesGiven =
    local.compressedSize !== ZIP64_MARKER && local.uncompressedSize !== ZIP64_MARKER;
  const sameSizes =
    local.compressedSize === entry.compressedSize &&
    local.uncompressedSize === entry.uncompressedSize;
  if (sizesGiven && !sameSizes) {
    throw new ArchiveError('size-mismatch', { entry: entry.fileName, reason: 'local header' });
  }
};
