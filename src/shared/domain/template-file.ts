import { z } from 'zod';
import { activityTypeSchema } from './activity';
import { indexationSchema } from './indexation';
import { modalitySchema } from './modality';
import { parcoursSchema } from './parcours';
import { sectionSchema } from './section';

/**
 * A gabarit as shipped in `resources/templates/*.json`: a parcours written by hand, with its
 * rich text as HTML (`…Html` fields) that the core converts to the editor's JSON on use.
 * Activity entries keep their type-specific settings as extra keys, checked against
 * `activitySchema` when the parcours is created.
 */
export const templateActivitySchema = z
  .object({
    type: activityTypeSchema,
    title: z.string().min(1).max(255),
    introHtml: z.string().max(100_000).optional(),
    contentHtml: z.string().max(1_000_000).optional(),
    promptsHtml: z.string().max(100_000).optional(),
  })
  .catchall(z.unknown());
export type TemplateActivity = z.infer<typeof templateActivitySchema>;

export const templateSectionSchema = z.object({
  title: z.string().min(1).max(255),
  modality: modalitySchema,
  phase: sectionSchema.shape.phase,
  summaryHtml: z.string().max(100_000).optional(),
  visibleTo: sectionSchema.shape.visibleTo.optional(),
  activities: z.array(templateActivitySchema).max(2_000),
});

export const templateFileSchema = z.object({
  format: z.literal('atelier-gabarit'),
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string().min(1).max(255),
  description: z.string().max(2_000),
  parcours: z.object({
    title: parcoursSchema.shape.title,
    shortName: parcoursSchema.shape.shortName,
    declaredHours: z.number().min(0.5).max(200),
    indexation: indexationSchema.partial().optional(),
  }),
  sections: z.array(templateSectionSchema).max(500),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;
