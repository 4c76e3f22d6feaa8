import { z } from 'zod';
import { errorCodeSchema } from './error-code';

/**
 * An error as data. `message` is French (shown first), `messageEn` English; both say what
 * happened and what to do. `details` carries machine-readable context (a snapshot path…).
 */
export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  messageEn: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

/** Thrown inside the core and turned into `{ ok: false, error }` by the dispatcher. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorData['code'],
    message: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      messageEn: this.messageEn,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}
