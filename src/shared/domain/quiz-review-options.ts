import { z } from 'zod';

const when = z.object({
  duringAttempt: z.boolean(),
  immediatelyAfter: z.boolean(),
  laterWhileOpen: z.boolean(),
  afterClose: z.boolean(),
});
const all = { duringAttempt: true, immediatelyAfter: true, laterWhileOpen: true, afterClose: true };
const after = { ...all, duringAttempt: false };

/**
 * What students may see, and when (Moodle's review* bit masks: 0x10000 during the attempt,
 * 0x1000 immediately after, 0x100 later while open, 0x10 after close).
 */
export const quizReviewOptionsSchema = z.object({
  attempt: when.default(all),
  correctness: when.default(all),
  maxMarks: when.default(all),
  marks: when.default(all),
  specificFeedback: when.default(all),
  generalFeedback: when.default(all),
  rightAnswer: when.default(all),
  overallFeedback: when.default(after),
});
export type QuizReviewOptions = z.infer<typeof quizReviewOptionsSchema>;
