import { z } from 'zod';
import { moodleSourceSchema } from './moodle-source';
import { idSchema } from './ids';
import { indexationSchema } from './indexation';
import { parcoursStatusSchema } from './parcours-status';

/** Short names become Moodle course short names: letters, digits and a few separators. */
export const shortNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, {
    message: 'short name: letters, digits, spaces, "_", "." and "-" only',
  });

/** Declared durations the national rules expect; other values are allowed with a warning. */
export const STANDARD_DECLARED_HOURS = [3, 6, 9] as const;

/** A parcours (or a gabarit, `kind: 'template'`) without its sections. */
export const parcoursSchema = z.object({
  id: idSchema,
  kind: z.enum(['parcours', 'template']).default('parcours'),
  title: z.string().trim().min(1).max(255),
  shortName: shortNameSchema,
  declaredHours: z.number().min(0.5).max(200).default(3),
  status: parcoursStatusSchema.default('construction'),
  /** Semantic version as "major.minor"; each validation bumps it. */
  version: z
    .string()
    .regex(/^\d+\.\d+$/)
    .default('0.1'),
  indexation: indexationSchema.default(() => indexationSchema.parse({})),
  /** What an imported Moodle backup held for it that the model does not. */
  moodle: moodleSourceSchema,
});
export type Parcours = z.infer<typeof parcoursSchema>;
