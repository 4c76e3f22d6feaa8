import { Transform, type TransformCallback } from 'node:stream';

/** What a `CheckedPassThrough` runs; either may throw to fail the stream. */
export interface StreamChecks {
  readonly onChunk?: (chunk: Buffer) => void;
  readonly onEnd?: () => void;
}

/**
 * Passes bytes through unchanged after `onChunk` has seen them, and runs `onEnd` before the
 * end: the place where limits, sizes and checksums are checked while data streams.
 */
export class CheckedPassThrough extends Transform {
  constructor(private readonly checks: StreamChecks) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.checks.onChunk?.(chunk);
      callback(null, chunk);
    } catch (error) {
      callback(error instanceof Error ? error : new Error(String(error)));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.checks.onEnd?.();
      callback();
    } catch (error) {
      callback(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
