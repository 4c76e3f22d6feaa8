import type { ArchiveLimits } from './archive-limits';
import { ArchiveError } from './archive-error';

/**
 * Counts the bytes actually inflated, so that a header that lies about sizes cannot hide a
 * bomb, and refuses as soon as the total or the ratio to the compressed bytes read is too high.
 */
export class InflationMeter {
  #inflated = 0;

  constructor(private readonly limits: ArchiveLimits) {}

  /** Refuses when `inflated` bytes out of `compressed` exceed the ratio (past the grace). */
  static checkRatio(
    inflated: number,
    compressed: number,
    limits: ArchiveLimits,
    entry?: string,
  ): void {
    if (inflated <= limits.ratioGraceBytes) return;
    if (inflated > limits.maxRatio * Math.max(compressed, 1)) {
      throw new ArchiveError('bomb', { limit: limits.maxRatio, entry });
    }
  }

  /** Bytes inflated so far. */
  get inflated(): number {
    return this.#inflated;
  }

  /** Records `bytes` more inflated, `compressed` being all compressed bytes read so far. */
  add(bytes: number, compressed: number, entry?: string): void {
    this.#inflated += bytes;
    if (this.#inflated > this.limits.maxTotalBytes) {
      throw new ArchiveError('too-large', { limit: this.limits.maxTotalBytes, entry });
    }
    InflationMeter.checkRatio(this.#inflated, compressed, this.limits, entry);
  }
}
