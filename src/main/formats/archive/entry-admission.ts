import type { ArchiveLimits } from './archive-limits';
import type { EntryKind } from './path-registry';
import { ArchiveError } from './archive-error';
import { checkEntryPath, type EntryPath } from './entry-path';
import { PathRegistry } from './path-registry';

/**
 * The gate every entry passes before anything is written: it counts entries, checks the path,
 * claims it against the others and checks the size the archive declares. Declared sizes can
 * only refuse an entry early; the bytes themselves are counted again while they stream.
 */
export class EntryAdmission {
  readonly #registry = new PathRegistry();
  #entries = 0;
  #declaredBytes = 0;

  constructor(private readonly limits: ArchiveLimits) {}

  /** The entry's safe path, or `null` for the archive root folder (`./`), which is skipped. */
  admit(raw: string, kind: EntryKind, declaredBytes: number): EntryPath | null {
    const { limits } = this;
    this.#entries += 1;
    if (this.#entries > limits.maxEntries) {
      throw new ArchiveError('too-many-entries', { limit: limits.maxEntries });
    }
    const path = checkEntryPath(raw, limits);
    if (path.segments.length === 0) {
      if (kind === 'directory') return null;
      throw new ArchiveError('unsafe-path', { entry: raw, reason: 'no name' });
    }
    if (declaredBytes > limits.maxEntryBytes) {
      throw new ArchiveError('too-large', { entry: raw, limit: limits.maxEntryBytes });
    }
    this.#declaredBytes += declaredBytes;
    if (this.#declaredBytes > limits.maxTotalBytes) {
      throw new ArchiveError('too-large', { entry: raw, limit: limits.maxTotalBytes });
    }
    this.#registry.claim(path.segments, kind, raw);
    return path;
  }
}
