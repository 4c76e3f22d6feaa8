import { z } from 'zod';
import { idSchema } from './ids';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/**
 * A category of the question bank. Roots have no parent and sit under Moodle's hidden `top` of
 * their context (`$course$/top/…`, `$module$/top/…` for a quiz's own bank).
 */
export const questionCategorySchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable().default(null),
  name: z.string().min(1).max(255),
  info: questionTextSchema.default(empty),
  idnumber: z.string().max(100).nullable().default(null),
  /** Only meaningful on roots. */
  context: z.enum(['course', 'module', 'system']).default('course'),
});
export type QuestionCategory = z.infer<typeof questionCategorySchema>;
