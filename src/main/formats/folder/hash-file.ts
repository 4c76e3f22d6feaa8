import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';

/** One buffer, reused: memory stays flat whatever the file's size (ADR 0004). */
const BUFFER_BYTES = 1024 * 1024;

const writeAll = async (output: FileHandle, chunk: Buffer): Promise<void> => {
  for (let at = 0; at < chunk.length;) {
    at += (await output.write(chunk, at, chunk.length - at)).bytesWritten;
  }
};

/**
 * The sha256 and size of the file `source`, read through one reused buffer, and a copy of its
 * bytes into `target` when given. Stops once more than `maxBytes` were read (the size then
 * tells the caller), so a file that grows while read cannot make it run forever.
 */
export const hashFile = async (
  source: string,
  options: {
    target?: string | undefined;
    maxBytes?: number | undefined;
    signal?: AbortSignal | undefined;
    onBytes?: ((bytes: number) => void) | undefined;
  } = {},
): Promise<{ sha256: string; bytes: number }> => {
  const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let bytes = 0;
  const input = await open(source, 'r');
  try {
    const output = options.target === undefined ? null : await open(options.target, 'w');
    try {
      while (bytes <= maxBytes) {
        options.signal?.throwIfAborted();
        const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        if (output) await writeAll(output, chunk);
        bytes += bytesRead;
        options.onBytes?.(bytesRead);
      }
    } finally {
      await output?.close();
    }
  } finally {
    await input.close();
  }
  return { sha256: hash.digest('hex'), bytes };
};
