import { z } from 'zod';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/** Feedback for a correct, partially correct or incorrect response, whatever was chosen. */
export const questionCombinedFeedbackSchema = z.object({
  correct: questionTextSchema.default(empty),
  partiallyCorrect: questionTextSchema.default(empty),
  incorrect: questionTextSchema.default(empty),
  /** Show "You have n parts correct" with the partially correct / incorrect feedback. */
  showNumCorrect: z.boolean().default(false),
});
export type QuestionCombinedFeedback = z.infer<typeof questionCombinedFeedbackSchema>;
