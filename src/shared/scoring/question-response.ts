import { z } from 'zod';

/**
 * A student's response to one question. Which fields count depends on the type:
 * multichoice single `choice` (answer index), multiple `choices`; truefalse `answer` boolean;
 * shortanswer `answer`; numerical `answer` (+ `unit` when units are a radio or select);
 * match `matches` (the answer text chosen for each non-distractor subquestion, in order);
 * gapselect/ddwtos `gaps` (1-based choice number per `[[n]]` place, in text order);
 * multianswer `parts` (per part: text, choice index, or choice indices); ordering `order`
 * (item indices as placed); essay `text`.
 */
export const questionResponseSchema = z.object({
  choice: z.number().int().min(0).nullable().optional(),
  choices: z.array(z.number().int().min(0)).optional(),
  answer: z.union([z.string(), z.boolean()]).nullable().optional(),
  unit: z.string().nullable().optional(),
  matches: z.array(z.string().nullable()).optional(),
  gaps: z.array(z.number().int().min(1).nullable()).optional(),
  parts: z
    .array(z.union([z.string(), z.number().int(), z.array(z.number().int())]).nullable())
    .optional(),
  order: z.array(z.number().int().min(0)).optional(),
  text: z.string().optional(),
});
export type QuestionResponse = z.infer<typeof questionResponseSchema>;
