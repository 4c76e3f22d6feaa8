import type { EventEnvelope } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import type { MediaRangeRequest, MediaRead } from './media/read-media';

/**
 * The whole core as a host sees it: one dispatcher, its events, and a way to shut it down
 * (closes the project, releases its lock). Built by `createAppContext` in `app-context.ts`.
 */
export interface AppContext {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventEnvelope) => void): () => void;
  /**
   * A medium of the open project as a stream (the whole of it or a byte range, for video
   * seeking); null when no project is open or it has no such medium. For the hosts' media
   * routes (`/media/<id>`, `atelier-media://media/<id>`), never for the renderer directly.
   */
  readMedia(id: string, range?: MediaRangeRequest): Promise<MediaRead | null>;
  /** The PNG thumbnail the renderer made for a medium, or null. */
  readMediaThumbnail(id: string): Promise<Buffer | null>;
  /** Resolves once the warmed job worker has loaded its code (at once when none was asked). */
  jobWorkerWarmed(): Promise<void>;
  close(): Promise<void>;
}
