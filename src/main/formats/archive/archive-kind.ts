import { open } from 'node:fs/promises';
import { ArchiveError } from './archive-error';

/** The two containers Moodle restores: a gzip-compressed tar, or a ZIP. */
export type ArchiveKind = 'tar.gz' | 'zip';

const GZIP_DEFLATE = Buffer.from([0x1f, 0x8b, 0x08]);
const ZIP_LOCAL_HEADER = Buffer.from('PK\x03\x04', 'latin1');

/**
 * The container of `file`, from its first bytes and never from its extension, as Moodle
 * decides. An uncompressed tar, an empty file or anything else is refused.
 */
export const detectArchiveKind = async (file: string): Promise<ArchiveKind> => {
  const head = Buffer.alloc(4);
  const handle = await open(file, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (head.subarray(0, 3).equals(GZIP_DEFLATE)) return 'tar.gz';
  if (head.equals(ZIP_LOCAL_HEADER)) return 'zip';
  throw new ArchiveError('not-an-archive');
};
