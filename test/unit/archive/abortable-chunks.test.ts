import { describe, expect, it } from 'vitest';
import { abortableChunks } from '../../../src/main/formats/archive/abortable-chunks';

/** A source that yields once, then waits forever (a tar entry whose parser is no longer fed). */
const stalled = (onReturn: () => void): AsyncIterable<number> => ({
  [Symbol.asyncIterator]: () => {
    let given = false;
    return {
      next: () => {
        if (given) return new Promise<IteratorResult<number>>(() => undefined);
        given = true;
        return Promise.resolve({ done: false, value: 1 });
      },
      return: () => {
        onReturn();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  },
});

async function* items(...values: number[]): AsyncGenerator<number> {
  for (const value of values) yield await Promise.resolve(value);
}

describe('abortableChunks', () => {
  it('passes every item of a source through', async () => {
    const seen: number[] = [];
    for await (const n of abortableChunks(items(1, 2, 3), new AbortController().signal))
      seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("ends with the signal's reason while the source waits, and tells the source to stop", async () => {
    const controller = new AbortController();
    let returned = false;
    const seen: number[] = [];
    const reason = new Error('refused');
    const run = (async () => {
      for await (const n of abortableChunks(
        stalled(() => (returned = true)),
        controller.signal,
      )) {
        seen.push(n);
        setTimeout(() => {
          controller.abort(reason);
        }, 5);
      }
    })();
    await expect(run).rejects.toBe(reason);
    expect(seen).toEqual([1]);
    expect(returned).toBe(true);
  });

  it('refuses to start once aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    const iterator = abortableChunks(items(1), controller.signal)[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow('cancelled');
  });
});
