import { z } from 'zod';
import { questionTextSchema } from './question-text';

/** A hint shown after a wrong try in the interactive behaviour. */
export const questionHintSchema = z.object({
  text: questionTextSchema,
  showNumCorrect: z.boolean().default(false),
  clearWrong: z.boolean().default(false),
});
export type QuestionHint = z.infer<typeof questionHintSchema>;
