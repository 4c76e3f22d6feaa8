import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';

/**
 * Whether `path` holds a whole parcours (a folder, a .mbz, or any gzip or zip archive, as
 * Moodle tells them from their first bytes) rather than a GIFT or Moodle XML question file.
 */
export const isParcoursSource = async (path: string): Promise<boolean> => {
  const info = await stat(path).catch(() => null);
  if (info === null) return extname(path).toLowerCase() === '.mbz';
  if (info.isDirectory()) return true;
  if (extname(path).toLowerCase() === '.mbz') return true;
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await file.read(head, 0, 4, 0);
    const gzip = bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    const zip = bytesRead === 4 && head.toString('latin1') === 'PK\u0003\u0004';
    return gzip || zip;
  } finally {
    await file.close();
  }
};
