import { z } from 'zod';
import { idSchema } from './ids';
import { questionSchema } from './question';

const types = questionSchema.options.map((option) => option.shape.type.value);

/** Moodle's question type names, as `questionSchema` discriminates them. */
export const questionTypeSchema = z.enum(types as [(typeof types)[number], ...typeof types]);

/** A line of the question bank list: enough to show, filter and pick a question. */
export const questionSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  type: questionTypeSchema,
  categoryId: idSchema,
  tags: z.array(z.string()),
  status: z.enum(['ready', 'draft']),
  defaultMark: z.number(),
  /** The question text as plain text, cut to about 200 characters. */
  excerpt: z.string(),
  /** Quiz activities whose fixed slots use this question. */
  usedBy: z.array(idSchema),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;
