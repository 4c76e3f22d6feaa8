import { z } from 'zod';
import { questionTextSchema } from '../domain/question-text';

/**
 * The outcome of scoring one response: Moodle's question states, the fraction of the mark (null
 * when a person must grade or there is nothing to grade), the mark, and the feedback to show.
 */
export const scoreResultSchema = z.object({
  fraction: z.number().nullable(),
  mark: z.number().nullable(),
  state: z.enum([
    'gradedright',
    'gradedpartial',
    'gradedwrong',
    'needsgrading',
    'invalid',
    'finished',
  ]),
  feedback: z.object({
    answer: z.array(questionTextSchema).optional(),
    combined: questionTextSchema.optional(),
    general: questionTextSchema,
  }),
});
export type ScoreResult = z.infer<typeof scoreResultSchema>;
export type ScoreState = ScoreResult['state'];
