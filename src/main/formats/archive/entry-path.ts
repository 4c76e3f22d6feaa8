import type { ArchiveLimits } from './archive-limits';
import { ArchiveError } from './archive-error';

/** A checked entry path: relative, `/`-separated, without `.` or empty segments. */
export interface EntryPath {
  readonly path: string;
  readonly segments: readonly string[];
}

/** Longest file or folder name most file systems accept, in bytes. */
const MAX_SEGMENT_BYTES = 255;
/** Characters Windows refuses in names (`:` would also open an alternate data stream). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/u;
/** Device names Windows opens instead of a file, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/iu;

const hasControl = (text: string): boolean => {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};

const unsafe = (raw: string, reason: string) =>
  new ArchiveError('unsafe-path', { entry: raw, reason });

const checkSegment = (raw: string, segment: string): void => {
  if (segment === '..') throw unsafe(raw, '..');
  if (hasControl(segment) || WINDOWS_FORBIDDEN.test(segment)) throw unsafe(raw, 'character');
  if (WINDOWS_DEVICE.test(segment)) throw unsafe(raw, 'device name');
  // Windows drops a trailing dot or space, so "a." and "a" would be one file there.
  if (/[. ]$/u.test(segment)) throw unsafe(raw, 'trailing dot or space');
  if (Buffer.byteLength(segment) > MAX_SEGMENT_BYTES) {
    throw new ArchiveError('path-too-long', { entry: raw, reason: `> ${MAX_SEGMENT_BYTES} B` });
  }
};

/**
 * Checks one entry path as an archive states it and returns its safe form. Refuses absolute
 * paths, drive letters, `..`, backslashes (a separator on Windows), NUL and control
 * characters, names Windows cannot hold, and paths too long or too deep. A leading `./` is
 * accepted (Moodle restores such archives). The archive root itself gives no segments.
 */
export const checkEntryPath = (
  raw: string,
  limits: Pick<ArchiveLimits, 'maxDepth' | 'maxPathBytes'>,
): EntryPath => {
  if (raw.includes('\0')) throw unsafe(raw, 'NUL');
  if (raw.includes('\\')) throw unsafe(raw, '\\');
  if (raw.startsWith('/')) throw unsafe(raw, 'absolute');
  if (/^[a-z]:/iu.test(raw)) throw unsafe(raw, 'drive');
  if (Buffer.byteLength(raw) > limits.maxPathBytes) {
    throw new ArchiveError('path-too-long', { entry: raw, reason: `> ${limits.maxPathBytes} B` });
  }
  const segments = raw.split('/').filter((segment) => segment !== '' && segment !== '.');
  for (const segment of segments) checkSegment(raw, segment);
  if (segments.length > limits.maxDepth) {
    throw new ArchiveError('path-too-long', { entry: raw, reason: `> ${limits.maxDepth}` });
  }
  return { path: segments.join('/'), segments };
};
