/** Progress as the caller sees it: `total` is `null` when it is not known. */
export type ProgressCallback = (done: number, total: number | null) => void;

/** At least this many bytes between two reports, or a 200th of the total. */
const MIN_STEP = 256 * 1024;

/** Calls a progress callback often enough to move a bar, rarely enough to cost nothing. */
export class ProgressReporter {
  #reported = -1;

  constructor(
    private readonly callback: ProgressCallback | undefined,
    private readonly total: number | null,
  ) {}

  report(done: number): void {
    if (this.callback === undefined) return;
    const step = Math.max(MIN_STEP, (this.total ?? 0) / 200);
    if (this.#reported >= 0 && done - this.#reported < step) return;
    this.#reported = done;
    this.callback(done, this.total);
  }

  /** The last report, whatever the step. */
  finish(done: number): void {
    if (this.callback === undefined || done === this.#reported) return;
    this.#reported = done;
    this.callback(done, this.total);
  }
}
