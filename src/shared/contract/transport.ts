import type { EventEnvelope } from './events';
import type { Result } from './result';

/**
 * How a client reaches the dispatcher: Electron IPC (preload), WebSocket, or in-process.
 * A transport never throws for a method's failure; it resolves `{ ok: false, error }`.
 */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventEnvelope) => void): () => void;
}
