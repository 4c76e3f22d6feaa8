import type { AppContext } from '../../../src/main/core/app-context-api';
import type { EventEnvelope } from '../../../src/shared/contract/events';
import type { Result } from '../../../src/shared/contract/result';

export interface FakeAppContext extends AppContext {
  emit(event: EventEnvelope): void;
  calls: { method: string; input: unknown }[];
}

/** A dispatcher that echoes its input, to test the host without the core. */
export const createFakeAppContext = (): FakeAppContext => {
  const listeners = new Set<(event: EventEnvelope) => void>();
  const calls: { method: string; input: unknown }[] = [];
  return {
    calls,
    dispatch(method, input): Promise<Result<unknown>> {
      calls.push({ method, input });
      if (method === 'boom') return Promise.reject(new Error('boom'));
      if (method === 'bigint') return Promise.resolve({ ok: true, value: 10n });
      return Promise.resolve({ ok: true, value: { method, input } });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    readMedia: () => Promise.resolve(null),
    readMediaThumbnail: () => Promise.resolve(null),
    jobWorkerWarmed: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
};
