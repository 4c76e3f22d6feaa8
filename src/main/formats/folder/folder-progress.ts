/** Reports at most once per this many bytes inside a file (a 500 MB video: 500 reports). */
const STEP_BYTES = 1024 * 1024;

/**
 * Progress in bytes of a folder written or read, passed to `onProgress(done, total)`: at the
 * start, after each file, and every MiB inside a large one.
 */
export class FolderProgress {
  #done = 0;
  #reported = -1;

  constructor(
    readonly total: number,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {}

  /** Counts bytes; reports when a MiB has gone by since the last report. */
  add(bytes: number): void {
    this.#done += bytes;
    if (this.#done - this.#reported >= STEP_BYTES) this.report();
  }

  /** Reports now, unless nothing changed since the last report. */
  report(): void {
    if (this.#reported === this.#done) return;
    this.#reported = this.#done;
    this.onProgress?.(this.#done, this.total);
  }
}
