import type { Writable } from 'node:stream';

/**
 * Resolves once `stream` has closed its file, errors or not (`events.once` would reject on an
 * 'error' and return before the file is closed). Removing a file still open fails on Windows,
 * and a file closed after its removal would come back empty.
 */
export const streamClosed = (stream: Writable): Promise<void> =>
  new Promise((resolve) => {
    if (stream.closed) {
      resolve();
      return;
    }
    stream.once('close', () => {
      resolve();
    });
  });
