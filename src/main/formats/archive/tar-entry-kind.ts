import type { EntryKind } from './path-registry';
import { ArchiveError } from './archive-error';

/**
 * What a tar entry (node-tar's type name) may become: only regular files and folders. Links
 * and devices, FIFOs and every other type refuse the archive.
 */
export const tarEntryKind = (type: string, path: string): EntryKind => {
  switch (type) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      return 'file';
    case 'Directory':
      return 'directory';
    case 'SymbolicLink':
    case 'Link':
      throw new ArchiveError('link', { entry: path, reason: type });
    default:
      throw new ArchiveError('special-entry', { entry: path, reason: type });
  }
};
