import { z } from 'zod';
import { completionSchema } from './completion';
import { feedbackQuestionnaireSchema } from './feedback-item-questionnaire';
import { idSchema } from './ids';
import { modalitySchema } from './modality';
import { moodleSourceSchema } from './moodle-source';
import { richTextSchema } from './rich-text';
import { quizSettingsSchema } from './quiz-settings';
import { ALL_ROLES, roleSchema } from './role';

const title = z.string().trim().min(1).max(255);
const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value), {
    message: 'url must start with http:// or https://',
  });

/** Fields every activity has, whatever its type. */
const common = {
  id: idSchema,
  title,
  intro: richTextSchema.nullable().default(null),
  /** Estimated participant time, counted in the time budget of its modality. */
  estimatedMinutes: z.number().int().min(0).max(100_000).nullable().default(null),
  /** Overrides the section's modality when set. */
  modality: modalitySchema.nullable().default(null),
  completion: completionSchema.default('none'),
  visibleTo: z
    .array(roleSchema)
    .max(4)
    .default([...ALL_ROLES]),
  /** The Moodle settings of an imported activity that the model does not hold. */
  moodle: moodleSourceSchema,
};

export const labelVariantSchema = z.enum([
  'none',
  'presentation',
  'comment-reussir',
  'activite-a-realiser',
  'note-formateurs',
  'important',
]);
export type LabelVariant = z.infer<typeof labelVariantSchema>;

export const bookChapterSchema = z.object({
  id: idSchema,
  title,
  subchapter: z.boolean().default(false),
  content: richTextSchema,
});

export const virtualClassScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), at: z.iso.datetime({ offset: true }) }),
  z.object({
    kind: z.literal('offset'),
    days: z.number().int().min(0).max(3650),
    time: z.string().regex(/^\d{2}:\d{2}$/),
  }),
  z.object({ kind: z.literal('unplanned') }),
]);

/**
 * Every activity and resource of a parcours, discriminated by `type`. Quiz and feedback
 * content (question slots, feedback items) refer to the question bank by id.
 */
export const activitySchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('page'), content: richTextSchema }),
  z.object({
    ...common,
    type: z.literal('label'),
    variant: labelVariantSchema.default('none'),
    content: richTextSchema,
  }),
  z.object({
    ...common,
    type: z.literal('url'),
    url: httpUrl.nullable().default(null),
    display: z.enum(['auto', 'embed', 'open', 'new-window']).default('auto'),
  }),
  z.object({
    ...common,
    type: z.literal('file'),
    mediaId: idSchema.nullable().default(null),
    display: z.enum(['auto', 'embed', 'download', 'new-window']).default('auto'),
  }),
  z.object({
    ...common,
    type: z.literal('forum'),
    forumType: z.enum(['standard', 'qanda', 'single', 'news']).default('standard'),
  }),
  z.object({ ...common, type: z.literal('quiz'), ...quizSettingsSchema.shape }),
  z.object({ ...common, type: z.literal('feedback'), ...feedbackQuestionnaireSchema.shape }),
  z.object({
    ...common,
    type: z.literal('wiki'),
    wikiMode: z.enum(['collaborative', 'individual']).default('collaborative'),
    firstPageTitle: z.string().max(255).default('Accueil'),
  }),
  z.object({
    ...common,
    type: z.literal('glossary'),
    displayFormat: z.enum(['dictionary', 'full', 'encyclopedia']).default('dictionary'),
    participantsCanAdd: z.boolean().default(true),
  }),
  z.object({
    ...common,
    type: z.literal('assignment'),
    onlineText: z.boolean().default(true),
    fileSubmission: z.boolean().default(false),
    maxFiles: z.number().int().min(0).max(100).default(1),
    dueOffsetDays: z.number().int().min(0).max(3650).nullable().default(null),
    maxGrade: z.number().min(0).max(1000).default(100),
    gradeToPass: z.number().min(0).nullable().default(null),
  }),
  z.object({
    ...common,
    type: z.literal('virtualClass'),
    schedule: virtualClassScheduleSchema.default({ kind: 'unplanned' }),
    durationMinutes: z.number().int().min(0).max(1440).default(60),
    link: httpUrl.nullable().default(null),
  }),
  z.object({
    ...common,
    type: z.literal('logbook'),
    prompts: richTextSchema.nullable().default(null),
  }),
  z.object({
    ...common,
    type: z.literal('choice'),
    options: z.array(z.string().max(255)).max(100).default([]),
    allowMultiple: z.boolean().default(false),
    allowUpdate: z.boolean().default(true),
  }),
  z.object({
    ...common,
    type: z.literal('book'),
    chapters: z.array(bookChapterSchema).default([]),
  }),
  z.object({
    ...common,
    type: z.literal('foreign'),
    /** The Moodle module name of an activity the model does not know, kept whole. */
    moduleName: z.string().min(1).max(64),
    payloadMediaId: idSchema.nullable().default(null),
  }),
]);
export type Activity = z.infer<typeof activitySchema>;
export type ActivityType = Activity['type'];
export const ACTIVITY_TYPES = activitySchema.options.map<ActivityType>((o) => o.shape.type.value);
export const activityTypeSchema = z.enum(ACTIVITY_TYPES as [ActivityType, ...ActivityType[]]);
