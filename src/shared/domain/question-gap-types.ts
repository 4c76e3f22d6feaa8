import { z } from 'zod';
import { questionCombinedFeedbackSchema } from './question-combined-feedback';
import { questionCommonShape } from './question-common';
import { questionTextSchema } from './question-text';

const gapChoice = {
  text: z.string().max(2000),
  group: z.number().int().min(1).max(20).default(1),
};

/**
 * Matching, gap select and drag-and-drop into text. In gapselect/ddwtos the text holds `[[n]]`,
 * right when choice n is placed there; choices no gap names are distractors of their group.
 */
export const gapQuestionSchemas = [
  z.object({
    ...questionCommonShape,
    type: z.literal('match'),
    shuffleAnswers: z.boolean().default(true),
    combinedFeedback: questionCombinedFeedbackSchema.prefault({}),
    /** A subquestion with an empty text is a distractor answer. */
    subquestions: z
      .array(z.object({ text: questionTextSchema, answer: z.string().max(2000) }))
      .min(1)
      .max(100),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('gapselect'),
    shuffleAnswers: z.boolean().default(true),
    combinedFeedback: questionCombinedFeedbackSchema.prefault({}),
    choices: z.array(z.object(gapChoice)).min(1).max(200),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('ddwtos'),
    shuffleAnswers: z.boolean().default(true),
    combinedFeedback: questionCombinedFeedbackSchema.prefault({}),
    choices: z
      .array(z.object({ ...gapChoice, infinite: z.boolean().default(false) }))
      .min(1)
      .max(200),
  }),
] as const;
