/**
 * What an extraction accepts before it refuses the whole archive. Every limit is checked on the
 * bytes actually read and inflated, never only on the sizes an archive declares.
 */
export interface ArchiveLimits {
  /** Entries of any kind (files and folders). */
  readonly maxEntries: number;
  /** Bytes of one extracted file. */
  readonly maxEntryBytes: number;
  /** Bytes inflated in all (for a tar.gz, the whole tar stream, headers included). */
  readonly maxTotalBytes: number;
  /** Inflated bytes per compressed byte, for one zip entry and for the whole archive. */
  readonly maxRatio: number;
  /** Below this many inflated bytes the ratio is not checked (tiny XML shells compress a lot). */
  readonly ratioGraceBytes: number;
  /** Path segments of one entry. */
  readonly maxDepth: number;
  /** UTF-8 bytes of one entry path. */
  readonly maxPathBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** The defaults: far above any real Moodle backup, far below what would hurt the machine. */
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = Object.freeze({
  maxEntries: 20_000,
  maxEntryBytes: 2 * GiB,
  maxTotalBytes: 4 * GiB,
  maxRatio: 200,
  ratioGraceBytes: MiB,
  maxDepth: 32,
  maxPathBytes: 1024,
});

/** The defaults with the caller's overrides (an `undefined` override keeps the default). */
export const resolveArchiveLimits = (limits: Partial<ArchiveLimits> = {}): ArchiveLimits => {
  const given = Object.entries(limits).filter(([, value]) => typeof value === 'number');
  return Object.freeze({ ...DEFAULT_ARCHIVE_LIMITS, ...Object.fromEntries(given) });
};
