import { z } from 'zod';
import { feedbackItemSchema } from './feedback-item';

/** The settings and items of a feedback (questionnaire) activity. */
export const feedbackQuestionnaireSchema = z.object({
  purpose: z.enum(['none', 'final-survey', 'positioning']).default('none'),
  anonymous: z.boolean().default(true),
  multipleSubmit: z.boolean().default(false),
  autoNumbering: z.boolean().default(false),
  emailNotification: z.boolean().default(false),
  publishStats: z.boolean().default(false),
  /** Shown after submission (HTML), and an optional link to go on with. */
  pageAfterSubmit: z.string().max(1_000_000).default(''),
  siteAfterSubmit: z.string().max(2048).default(''),
  completionSubmit: z.boolean().default(false),
  items: z.array(feedbackItemSchema).max(1000).default([]),
});
export type FeedbackQuestionnaire = z.infer<typeof feedbackQuestionnaireSchema>;
