import { ArchiveError } from './archive-error';

/**
 * node-tar's parser warnings as refusals: a bad header before any entry means the gzip did
 * not hold a tar; later it means damage; running out of bytes inside an entry is truncation.
 */
export const tarWarningError = (code: string, message: string, sawEntry: boolean): ArchiveError => {
  if (code === 'TAR_BAD_ARCHIVE' && /truncated/iu.test(message)) {
    return new ArchiveError('truncated', { reason: message });
  }
  if (code === 'TAR_BAD_ARCHIVE' || (code === 'TAR_ENTRY_INVALID' && !sawEntry)) {
    return new ArchiveError('not-an-archive', { reason: `gzip, ${message}` });
  }
  return new ArchiveError('corrupt', { reason: `${code}: ${message}` });
};
