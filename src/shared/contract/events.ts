import { z } from 'zod';
import { appErrorSchema } from './app-error';
import { jobProgressSchema, jobResultSchema } from '../domain/exchange';
import { historyStateSchema } from '../domain/project';

/** Events the core pushes to every connected client. */
export const events = {
  /** Something in the open project changed (an edit, an undo, a restore). */
  'project.changed': z.object({
    revision: z.number().int(),
    /** The parcours touched, when known; clients refresh everything when absent. */
    parcoursIds: z.array(z.string()).optional(),
  }),
  'project.opened': z.object({ path: z.string() }),
  'project.closed': z.object({}),
  'history.changed': historyStateSchema,
  /** A long job (export, import) moved on. Sent at most every 100 ms per job. */
  'job.progress': jobProgressSchema,
  /** A long job ended: its result, or the error (`cancelled` when the user stopped it). */
  'job.finished': z.discriminatedUnion('ok', [
    z.object({ jobId: z.string(), ok: z.literal(true), result: jobResultSchema }),
    z.object({ jobId: z.string(), ok: z.literal(false), error: appErrorSchema }),
  ]),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export interface EventEnvelope<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}
