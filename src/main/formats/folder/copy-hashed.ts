import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HashTap } from './hash-tap';

/**
 * Streams `source` into the file `target` (created or replaced), computing the sha256 on the
 * way: memory stays at one chunk whatever the size. Removing `target` on failure is the
 * caller's choice.
 */
export const copyHashed = async (
  source: Readable,
  target: string,
  options: { signal?: AbortSignal | undefined; onBytes?: (bytes: number) => void } = {},
): Promise<{ sha256: string; bytes: number }> => {
  const tap = new HashTap(options.onBytes);
  await pipeline(
    source,
    tap,
    createWriteStream(target),
    options.signal ? { signal: options.signal } : {},
  );
  return { sha256: tap.digest(), bytes: tap.bytes };
};
