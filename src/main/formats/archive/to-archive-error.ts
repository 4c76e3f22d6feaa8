import { ArchiveError, type ArchiveErrorCode } from './archive-error';

/** yauzl reports with messages only; these are the ones it is known to use (yauzl 3). */
const MESSAGE_RULES: readonly (readonly [RegExp, ArchiveErrorCode])[] = [
  [/invalid characters in fileName|absolute path|invalid relative path/iu, 'unsafe-path'],
  [/end of central directory record signature not found/iu, 'truncated'],
  [/unexpected EOF|file data overflows file bounds|unexpected end of file/iu, 'truncated'],
  [/too many bytes in the stream|not enough bytes in the stream/iu, 'size-mismatch'],
  [/compressed\/uncompressed size mismatch/iu, 'size-mismatch'],
  [/encrypt|unsupported compression method|multi-disk/iu, 'unsupported'],
  // yazl, when a source gives another byte count than announced.
  [/unexpected number of bytes/iu, 'source-size'],
];

/** The `code` of a Node.js error (`ENOENT`, `Z_DATA_ERROR`…), if it has one. */
export const errnoCode = (error: unknown): string | undefined => {
  if (!(error instanceof Error)) return undefined;
  const { code } = error as NodeJS.ErrnoException;
  return typeof code === 'string' ? code : undefined;
};

const fromCode = (code: string | undefined): ArchiveErrorCode | undefined => {
  if (code === undefined) return undefined;
  if (code === 'ABORT_ERR') return 'cancelled';
  if (code === 'Z_BUF_ERROR') return 'truncated';
  if (code.startsWith('Z_')) return 'corrupt';
  // System errors (ENOENT, EACCES, ENOSPC…), not Node's own ERR_… codes.
  if (/^E[A-Z]+$/u.test(code)) return 'io';
  return undefined;
};

/**
 * Any error met while reading or writing an archive, as an `ArchiveError`: library and file
 * system errors are classified, the original is kept as `cause`, and `entry` is quoted.
 */
export const toArchiveError = (error: unknown, entry?: string): ArchiveError => {
  if (error instanceof ArchiveError) return error;
  if (!(error instanceof Error))
    return new ArchiveError('corrupt', { entry, reason: String(error) });
  const byMessage = MESSAGE_RULES.find(([pattern]) => pattern.test(error.message))?.[1];
  const code =
    byMessage ??
    fromCode(errnoCode(error)) ??
    (error.name === 'AbortError' ? 'cancelled' : 'corrupt');
  // yauzl names the entry after a colon ("invalid relative path: ../x").
  const named =
    entry ?? (byMessage === 'unsafe-path' ? error.message.replace(/^[^:]*: /u, '') : undefined);
  return new ArchiveError(
    code,
    { entry: named, reason: error.message.slice(0, 200) },
    { cause: error },
  );
};
