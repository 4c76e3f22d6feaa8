import { z } from 'zod';
import { exportFormatSchema, moodleTargetSchema } from '../domain/exchange';
import { idSchema } from '../domain/ids';

const path = z.string().min(1).max(4096);
const jobId = z.string().min(1).max(100);

/**
 * Whole-parcours exchange: Moodle backups and parcours folders. Both run as jobs in a worker
 * thread: the method returns a job id at once, `job.progress` events follow, and
 * `job.finished` carries the result or the error. The core stays free for edits meanwhile.
 */
export const exchangeMethods = {
  /**
   * Writes a parcours to `path`: a .mbz (tar.gz, or zip with `zip`) for Moodle `moodle`
   * (default 4.1, which 4.5 restores too), a parcours folder (created or updated in place), or
   * the review package (`review`: one HTML file; `review-zip`: a zip of it and its media).
   */
  'exchange.export': {
    input: z
      .object({
        parcoursId: idSchema,
        format: exportFormatSchema,
        path,
        moodle: moodleTargetSchema.default('4.1'),
        zip: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ jobId }),
  },
  /**
   * Reads a Moodle backup (.mbz, tar.gz or zip, 2.6 to 4.5) or a parcours folder into the open
   * project as a parcours (a snapshot first; one undo step). A folder whose parcours is already
   * in the project replaces it.
   */
  'exchange.import': {
    input: z.object({ path }).strict(),
    output: z.object({ jobId }),
  },
  /** Stops a job; its partial output is removed and `job.finished` reports `cancelled`. */
  'job.cancel': {
    input: z.object({ jobId }).strict(),
    output: z.null(),
  },
} as const;
