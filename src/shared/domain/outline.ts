import { z } from 'zod';
import { activityTypeSchema } from './activity';
import { completionSchema } from './completion';
import { idSchema } from './ids';
import { modalitySchema } from './modality';
import { parcoursSchema } from './parcours';
import { roleSchema } from './role';
import { sectionSchema } from './section';

/** What the outline shows of an activity: enough to list it, not its content. */
export const activitySummarySchema = z.object({
  id: idSchema,
  type: activityTypeSchema,
  title: z.string(),
  estimatedMinutes: z.number().nullable(),
  modality: modalitySchema.nullable(),
  completion: completionSchema,
  visibleTo: z.array(roleSchema),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

/** A parcours with its ordered sections and their ordered activity summaries. */
export const outlineSchema = z.object({
  parcours: parcoursSchema,
  sections: z.array(sectionSchema.extend({ activities: z.array(activitySummarySchema) })),
});
export type Outline = z.infer<typeof outlineSchema>;
