import type { EventEnvelope } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';

/**
 * The whole core as a host sees it: one dispatcher, its events, and a way to shut it down
 * (closes the project, releases its lock). Built by `createAppContext` in `app-context.ts`.
 */
export interface AppContext {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventEnvelope) => void): () => void;
  close(): Promise<void>;
}
