import { z } from 'zod';
import { questionFractionSchema } from './question-answer';
import { questionCommonShape } from './question-common';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/** Moodle's numerical answer text: a number with a decimal point, or `*` (any other response). */
export const numericalValueSchema = z
  .string()
  .regex(/^(\*|[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?)$/, 'a number or *');

export const numericalUnitSchema = z.object({
  name: z.string().min(1).max(50),
  /** The main unit has 1; `km` ×0.001 means 1 m = 0.001 km. */
  multiplier: z.number().positive(),
});

/** Short answer and numerical: questions where the student types the answer. */
export const typedQuestionSchemas = [
  z.object({
    ...questionCommonShape,
    type: z.literal('shortanswer'),
    caseSensitive: z.boolean().default(false),
    answers: z
      .array(
        z.object({
          /** `*` matches any run of characters, `\*` a literal star. */
          text: z.string().min(1).max(1000),
          fraction: questionFractionSchema,
          feedback: questionTextSchema.default(empty),
        }),
      )
      .min(1)
      .max(100),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('numerical'),
    answers: z
      .array(
        z.object({
          value: numericalValueSchema,
          tolerance: z.number().min(0).default(0),
          fraction: questionFractionSchema,
          feedback: questionTextSchema.default(empty),
        }),
      )
      .min(1)
      .max(100),
    units: z.array(numericalUnitSchema).max(50).default([]),
    /** Moodle's unitgradingtype: 0 not graded, 1 penalty × response grade, 2 penalty × mark. */
    unitGrading: z.enum(['none', 'response', 'question']).default('none'),
    unitPenalty: z.number().min(0).max(1).default(0.1),
    /** Moodle's showunits: 0 text box, 1 radio, 2 select, 3 no unit asked. */
    showUnits: z.enum(['text', 'radio', 'select', 'none']).default('none'),
    unitsLeft: z.boolean().default(false),
  }),
] as const;
