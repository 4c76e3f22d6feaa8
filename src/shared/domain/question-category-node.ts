import { z } from 'zod';
import { questionCategorySchema } from './question-category';

/**
 * A category as the bank's tree lists it: parents before children, siblings in order, with its
 * depth (0 for a root) and how many questions it holds directly and with its subcategories.
 */
export const questionCategoryNodeSchema = questionCategorySchema.extend({
  depth: z.number().int().min(0),
  questionCount: z.number().int().min(0),
  totalQuestionCount: z.number().int().min(0),
});
export type QuestionCategoryNode = z.infer<typeof questionCategoryNodeSchema>;
