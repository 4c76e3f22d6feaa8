import type { EventEnvelope, EventName, EventPayload } from '../../shared/contract/events';

/** Fan-out of core events to every subscriber; a throwing listener never stops the others. */
export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  subscribe(listener: (event: EventEnvelope) => void): () => void;
}

export const createEventBus = (log: (message: string, error: unknown) => void): EventBus => {
  const listeners = new Set<(event: EventEnvelope) => void>();
  return {
    emit(name, payload) {
      const event = { name, payload } as EventEnvelope;
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          log(`event listener failed on ${name}`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};
