import { z } from 'zod';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/** A grade as a fraction of the mark (Moodle stores 0.5 and writes `fraction="50"`). */
export const questionFractionSchema = z.number().min(-1).max(1);

/** An answer with a formatted text (multichoice). */
export const questionAnswerSchema = z.object({
  text: questionTextSchema,
  fraction: questionFractionSchema,
  feedback: questionTextSchema.default(empty),
});
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;
