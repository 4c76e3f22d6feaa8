import type { Entry } from 'yauzl';
import type { EntryKind } from './path-registry';
import { ArchiveError } from './archive-error';

const FILE_TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;

/**
 * What a ZIP entry may become. Unix zip tools keep the file type in the upper half of the
 * external attributes: a symlink there refuses the archive, and so does any type other than a
 * regular file or a folder (FIFO, device, socket). No type at all (DOS, Windows) is a file,
 * or a folder when the name ends with `/`.
 */
export const zipEntryKind = (entry: Entry): EntryKind => {
  const type = (entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK;
  if (type === SYMLINK)
    throw new ArchiveError('link', { entry: entry.fileName, reason: 'symlink' });
  if (type !== 0 && type !== REGULAR && type !== DIRECTORY) {
    throw new ArchiveError('special-entry', {
      entry: entry.fileName,
      reason: `mode 0o${type.toString(8)}`,
    });
  }
  return type === DIRECTORY || entry.fileName.endsWith('/') ? 'directory' : 'file';
};
