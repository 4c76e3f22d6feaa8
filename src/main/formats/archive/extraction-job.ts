import type { ArchiveLimits } from './archive-limits';
import type { FailureLatch } from './failure-latch';
import type { ProgressCallback } from './progress-reporter';
import type { ExtractedFile } from './staging-tree';
import { EntryAdmission } from './entry-admission';
import { InflationMeter } from './inflation-meter';
import { ProgressReporter } from './progress-reporter';
import { SerialQueue } from './serial-queue';
import { StagingTree } from './staging-tree';

/** Everything one extraction shares between the container reader and the writes. */
export class ExtractionJob {
  readonly admission: EntryAdmission;
  readonly meter: InflationMeter;
  readonly tree: StagingTree;
  readonly writes: SerialQueue;
  readonly progress: ProgressReporter;

  constructor(
    readonly latch: FailureLatch,
    readonly limits: ArchiveLimits,
    stagingDir: string,
    readonly archiveBytes: number,
    onProgress: ProgressCallback | undefined,
    onFile?: (file: ExtractedFile) => void,
  ) {
    this.admission = new EntryAdmission(limits);
    this.meter = new InflationMeter(limits);
    this.tree = new StagingTree(stagingDir, latch.signal, onFile);
    this.writes = new SerialQueue(latch);
    this.progress = new ProgressReporter(onProgress, archiveBytes);
  }

  /** Resolves once no write is running, so the staging folder can be cleared safely. */
  settle(): Promise<void> {
    return this.writes.idle();
  }
}
