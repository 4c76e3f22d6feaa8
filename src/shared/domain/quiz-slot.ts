import { z } from 'zod';
import { idSchema } from './ids';

/**
 * A place in a quiz: a fixed question of the bank, or a question drawn at random from a
 * category (optionally its subcategories, optionally only questions with all these tags).
 */
export const quizSlotSchema = z.object({
  id: idSchema,
  /** 1-based page the slot is on; pages follow each other without gaps. */
  page: z.number().int().min(1).max(10_000),
  maxMark: z.number().min(0).max(10_000).default(1),
  requirePrevious: z.boolean().default(false),
  question: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fixed'), questionId: idSchema }),
    z.object({
      kind: z.literal('random'),
      categoryId: idSchema,
      includeSubcategories: z.boolean().default(false),
      tags: z.array(z.string().min(1).max(100)).max(20).default([]),
    }),
  ]),
});
export type QuizSlot = z.infer<typeof quizSlotSchema>;
