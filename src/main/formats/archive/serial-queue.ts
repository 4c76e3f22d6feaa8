import type { FailureLatch } from './failure-latch';
import { toArchiveError } from './to-archive-error';

/**
 * Runs write tasks one after the other, in archive order. A failing task fails the latch and
 * every later task is skipped; `idle` resolves once nothing is running any more.
 */
export class SerialQueue {
  #tail: Promise<void> = Promise.resolve();

  constructor(private readonly latch: FailureLatch) {}

  push(task: () => Promise<void>): void {
    this.#tail = this.#tail
      .then(async () => {
        if (this.latch.failure === undefined) await task();
      })
      .catch((error: unknown) => {
        this.latch.fail(toArchiveError(error));
      });
  }

  idle(): Promise<void> {
    return this.#tail;
  }
}
