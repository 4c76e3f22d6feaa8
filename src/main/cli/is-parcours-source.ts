import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { detectArchiveKind } from '../formats/archive/archive-kind';

/**
 * Whether `path` holds a whole parcours (a folder, a .mbz, or any gzip or zip archive, told
 * from its first bytes as Moodle does) rather than a GIFT or Moodle XML question file.
 */
export const isParcoursSource = async (path: string): Promise<boolean> => {
  const info = await stat(path).catch(() => null);
  if (info === null || extname(path).toLowerCase() === '.mbz') {
    return extname(path).toLowerCase() === '.mbz';
  }
  if (info.isDirectory()) return true;
  return detectArchiveKind(path).then(
    () => true,
    () => false,
  );
};
