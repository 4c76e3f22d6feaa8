import { z } from 'zod';
import { idSchema } from './ids';

const common = {
  id: idSchema,
  /** The question as shown (Moodle `name`). */
  name: z.string().max(1000).default(''),
  /** Moodle's short `label`, used in analysis exports. */
  label: z.string().max(255).default(''),
  required: z.boolean().default(false),
  /** Show this item only when the item `dependItemId` was answered `dependValue`. */
  dependItemId: idSchema.nullable().default(null),
  dependValue: z.string().max(255).default(''),
};
const choiceLayout = {
  horizontal: z.boolean().default(false),
  /** Moodle `h`: hide the "not selected" option. */
  hideNoSelect: z.boolean().default(false),
  /** Moodle `i`: do not count empty answers in the analysis. */
  ignoreEmpty: z.boolean().default(false),
};

/**
 * An item of a feedback (questionnaire) activity, as Moodle's feedback module has them. Position
 * is the order in the activity's list.
 */
export const feedbackItemSchema = z.discriminatedUnion('type', [
  z.object({
    ...common,
    type: z.literal('info'),
    info: z.enum(['responsetime', 'course', 'category']).default('responsetime'),
  }),
  /** Presentation only: its HTML. */
  z.object({ ...common, type: z.literal('label'), html: z.string().max(1_000_000).default('') }),
  z.object({
    ...common,
    type: z.literal('multichoice'),
    display: z.enum(['radio', 'checkbox', 'dropdown']).default('radio'),
    options: z.array(z.string().max(1000)).max(200).default([]),
    ...choiceLayout,
  }),
  z.object({
    ...common,
    type: z.literal('multichoicerated'),
    display: z.enum(['radio', 'dropdown']).default('radio'),
    options: z
      .array(z.object({ value: z.number(), text: z.string().max(1000) }))
      .max(200)
      .default([]),
    ...choiceLayout,
  }),
  z.object({
    ...common,
    type: z.literal('numeric'),
    min: z.number().nullable().default(null),
    max: z.number().nullable().default(null),
  }),
  z.object({
    ...common,
    type: z.literal('textfield'),
    size: z.number().int().min(1).max(255).default(30),
    maxLength: z.number().int().min(1).max(255).default(255),
  }),
  z.object({
    ...common,
    type: z.literal('textarea'),
    width: z.number().int().min(1).max(200).default(40),
    height: z.number().int().min(1).max(100).default(5),
  }),
  z.object({ ...common, type: z.literal('pagebreak') }),
]);
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
