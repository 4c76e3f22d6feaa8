import { z } from 'zod';
import { appErrorSchema } from './app-error';

/**
 * Frames of the WebSocket transport. The client authenticates first with the host's random
 * token; until the host answers `ready`, any other frame closes the connection.
 */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), token: z.string().min(1).max(256) }),
  z.object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    method: z.string().max(128),
    input: z.unknown(),
  }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('result'),
    id: z.number().int().nonnegative(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: appErrorSchema }),
    ]),
  }),
  z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;

/** The path the host serves the WebSocket on, next to the renderer's files. */
export const WS_PATH = '/ws';
/** Close code sent when the token is missing or wrong. */
export const WS_CLOSE_UNAUTHORIZED = 4401;
