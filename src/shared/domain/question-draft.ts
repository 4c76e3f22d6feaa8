import { z } from 'zod';
import { questionSchema } from './question';

type Options = typeof questionSchema.options;
type Draft<T> =
  T extends z.ZodObject<infer Shape> ? z.ZodObject<Omit<Shape, 'id' | 'categoryId'>> : never;
type Drafts = [Draft<Options[0]>, ...Draft<Options[number]>[]];

/**
 * A question before it is stored: every field of `questionSchema` but `id` (made by the core)
 * and `categoryId` (given beside it). Built from the question schemas, so it never drifts.
 */
export const questionDraftSchema = z.discriminatedUnion(
  'type',
  // `.map` loses the tuple type the discriminated union needs; the mapped type restores it.
  questionSchema.options.map((option: z.ZodObject) =>
    option.omit({ id: true, categoryId: true }),
  ) as unknown as Drafts,
);
export type QuestionDraft = z.infer<typeof questionDraftSchema>;
export type QuestionDraftInput = z.input<typeof questionDraftSchema>;
