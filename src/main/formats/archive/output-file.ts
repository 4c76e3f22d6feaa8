import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { streamClosed } from './stream-closed';

/**
 * Writes `outFile` through a temporary sibling that `write` fills through `out` and that
 * replaces `outFile` only once complete: a failed or cancelled write leaves no partial file
 * (the stream is closed before the file is removed), and an earlier `outFile` stays as it was.
 */
export const writeOutputFile = async (
  outFile: string,
  write: (out: WriteStream) => Promise<void>,
): Promise<void> => {
  const temporaryFile = `${outFile}.${randomUUID().slice(0, 8)}.partial`;
  const out = createWriteStream(temporaryFile, { flags: 'wx' });
  // `write` reports the stream's errors (through pipeline); this listener only keeps a late
  // duplicate of one from crashing the process.
  out.on('error', () => undefined);
  try {
    await write(out);
    await streamClosed(out);
    await rename(temporaryFile, outFile);
  } catch (error) {
    out.destroy();
    await streamClosed(out);
    await rm(temporaryFile, { force: true });
    throw error;
  }
};
