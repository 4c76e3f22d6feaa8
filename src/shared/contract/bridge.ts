import type { EventEnvelope } from './events';
import type { Result } from './result';

/**
 * What the Electron preload exposes on `window.atelier`: only `invoke` and `subscribe`.
 * The renderer uses it when present and falls back to the WebSocket transport otherwise.
 */
export interface AtelierBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventEnvelope) => void): () => void;
}
