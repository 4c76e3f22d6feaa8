import { z } from 'zod';

/** A gabarit new parcours can start from: shipped with Atelier, or a parcours of the project. */
export const templateSummarySchema = z.object({
  /** The shipped gabarit's id, or the project parcours' id. */
  id: z.string(),
  source: z.enum(['shipped', 'project']),
  name: z.string(),
  description: z.string(),
  declaredHours: z.number(),
  sectionCount: z.number().int(),
  activityCount: z.number().int(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
