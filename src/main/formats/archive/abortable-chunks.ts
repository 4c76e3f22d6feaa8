/**
 * The items of `source`, ending with `signal`'s reason as soon as it aborts, even while the
 * source is waiting: a tar entry whose parser is no longer fed would otherwise never answer.
 * The source is then told to stop (`return`), without waiting for it for the same reason.
 */
export async function* abortableChunks<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncGenerator<T> {
  signal.throwIfAborted();
  const iterator = source[Symbol.asyncIterator]();
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      reject(signal.reason as Error);
    };
  });
  // Raced against every `next()`; this only keeps an abort between two races handled.
  aborted.catch(() => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  let done = false;
  try {
    for (;;) {
      const result = await Promise.race([iterator.next(), aborted]);
      if (result.done === true) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!done) iterator.return?.().catch(() => undefined);
  }
}
