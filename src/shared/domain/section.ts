import { z } from 'zod';
import { moodleSourceSchema } from './moodle-source';
import { idSchema } from './ids';
import { modalitySchema } from './modality';
import { richTextSchema } from './rich-text';
import { ALL_ROLES, roleSchema } from './role';

/** A step of the parcours (section, séquence, étape). Its activities are stored apart. */
export const sectionSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(255),
  summary: richTextSchema.nullable().default(null),
  modality: modalitySchema.default('distance-async'),
  /** When the section happens: a week of the parcours, or a number of days after its start. */
  phase: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('none') }),
      z.object({ kind: z.literal('week'), week: z.number().int().min(1).max(520) }),
      z.object({ kind: z.literal('offset'), days: z.number().int().min(0).max(3650) }),
    ])
    .default({ kind: 'none' }),
  visibleTo: z
    .array(roleSchema)
    .max(4)
    .default([...ALL_ROLES]),
  /** What an imported Moodle backup held for it that the model does not. */
  moodle: moodleSourceSchema,
});
export type Section = z.infer<typeof sectionSchema>;
