import { z } from 'zod';
import { idSchema } from './ids';
import { questionHintSchema } from './question-hint';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/** Fields every question of the bank has, whatever its type. */
export const questionCommonShape = {
  id: idSchema,
  categoryId: idSchema,
  name: z.string().min(1).max(255),
  text: questionTextSchema,
  generalFeedback: questionTextSchema.default(empty),
  /** Moodle's default mark; a cloze's is the sum of its parts' weights. */
  defaultMark: z.number().min(0).max(10_000).default(1),
  /** Share of the mark lost for each wrong try (interactive and adaptive behaviours). */
  penalty: z.number().min(0).max(1).default(0.3333333),
  idnumber: z.string().max(100).nullable().default(null),
  tags: z.array(z.string().min(1).max(100)).max(100).default([]),
  hints: z.array(questionHintSchema).max(50).default([]),
  status: z.enum(['ready', 'draft']).default('ready'),
};
