import { z } from 'zod';
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
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export interface EventEnvelope<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}
