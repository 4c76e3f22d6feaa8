import { stat } from 'node:fs/promises';
import type { ArchiveLimits } from './archive-limits';
import type { ProgressCallback } from './progress-reporter';
import type { ExtractedFile } from './staging-tree';
import { detectArchiveKind, type ArchiveKind } from './archive-kind';
import { resolveArchiveLimits } from './archive-limits';
import { extractTarGz } from './extract-tar-gz';
import { extractZip } from './extract-zip';
import { ExtractionJob } from './extraction-job';
import { FailureLatch } from './failure-latch';
import { StagingDir } from './staging-dir';
import { toArchiveError } from './to-archive-error';

/** How to extract: limits over the defaults, progress in archive bytes read, cancellation. */
export interface ExtractOptions {
  readonly limits?: Partial<ArchiveLimits>;
  readonly onProgress?: ProgressCallback;
  readonly signal?: AbortSignal;
  /**
   * Told of each file once it is complete, closed and hashed (the archive may still be
   * refused later, which clears the staging folder): lets a caller start on it early.
   */
  readonly onFile?: (file: ExtractedFile) => void;
}

/** What an extraction wrote under the staging folder (paths relative, `/`-separated). */
export interface ExtractedArchive {
  readonly kind: ArchiveKind;
  readonly files: readonly ExtractedFile[];
  readonly directories: readonly string[];
}

/**
 * Extracts a backup archive (tar.gz or ZIP, told apart by magic bytes) into `stagingDir`,
 * which is created, or must be empty. Only regular files and folders are written, only inside
 * `stagingDir`; any unsafe or damaged entry, crossed limit or cancellation refuses the whole
 * archive with an `ArchiveError`, and everything written is removed first.
 */
export const extractArchive = async (
  file: string,
  stagingDir: string,
  options: ExtractOptions = {},
): Promise<ExtractedArchive> => {
  const latch = new FailureLatch();
  const unfollow = latch.follow(options.signal);
  let staging: StagingDir | undefined;
  let job: ExtractionJob | undefined;
  try {
    latch.throwIfFailed();
    const kind = await detectArchiveKind(file);
    const { size } = await stat(file);
    staging = await StagingDir.prepare(stagingDir);
    job = new ExtractionJob(
      latch,
      resolveArchiveLimits(options.limits),
      stagingDir,
      size,
      options.onProgress,
      options.onFile,
    );
    await (kind === 'zip' ? extractZip(file, job) : extractTarGz(file, job));
    latch.throwIfFailed();
    return { kind, files: job.tree.files, directories: job.tree.directories };
  } catch (error) {
    const refusal = latch.failure ?? toArchiveError(error);
    latch.fail(refusal);
    await job?.settle();
    await staging?.clear();
    throw refusal;
  } finally {
    unfollow();
  }
};
