import { z } from 'zod';
import { questionFractionSchema } from './question-answer';

/**
 * One embedded part of a cloze (multianswer) text, `{weight:KIND:answers}`. Derived from the text,
 * which stays canonical: `kind` keeps the code the author typed (`MCVS` stays `MCVS`).
 */
export const clozePartSchema = z.object({
  /** The code as written: SHORTANSWER, SA, MW, NUMERICAL, NM, MULTICHOICE_VS, MCVS… */
  code: z.string().min(1).max(32),
  kind: z.enum(['shortanswer', 'numerical', 'multichoice', 'multiresponse']),
  caseSensitive: z.boolean(),
  display: z.enum(['inline', 'dropdown', 'vertical', 'horizontal']),
  shuffle: z.boolean(),
  weight: z.number().int().min(0),
  answers: z.array(
    z.object({
      text: z.string(),
      fraction: questionFractionSchema,
      feedback: z.string(),
      tolerance: z.number().min(0),
    }),
  ),
  /** Where the part sits in the question text (UTF-16 offsets), for rendering. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type ClozePart = z.infer<typeof clozePartSchema>;
