import { z } from 'zod';
import { answerNumberingSchema } from './question-choice-types';
import { clozePartSchema } from './question-cloze-part';
import { questionCombinedFeedbackSchema } from './question-combined-feedback';
import { questionCommonShape } from './question-common';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/** Cloze, essay, description, ordering, and the types the model keeps whole. */
export const otherQuestionSchemas = [
  z.object({
    ...questionCommonShape,
    type: z.literal('multianswer'),
    /** Parsed from `text`; never edited on its own. */
    parts: z.array(clozePartSchema).max(200).default([]),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('essay'),
    responseFormat: z
      .enum(['editor', 'editorfilepicker', 'plain', 'monospaced', 'noinline'])
      .default('editor'),
    responseRequired: z.boolean().default(true),
    responseFieldLines: z.number().int().min(0).max(100).default(15),
    /** null: no limit (Moodle writes an empty element). */
    minWordLimit: z.number().int().min(0).nullable().default(null),
    maxWordLimit: z.number().int().min(0).nullable().default(null),
    /** -1: unlimited. */
    attachments: z.number().int().min(-1).max(100).default(0),
    attachmentsRequired: z.number().int().min(0).max(100).default(0),
    maxBytes: z.number().int().min(0).default(0),
    fileTypesList: z.string().max(1000).default(''),
    graderInfo: questionTextSchema.default(empty),
    responseTemplate: questionTextSchema.default(empty),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('description'),
    defaultMark: z.number().min(0).default(0),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('ordering'),
    /** null: written empty, as Moodle 4.5+ (20241205) does; Moodle then reads its default. */
    layoutType: z.enum(['VERTICAL', 'HORIZONTAL']).nullable().default('VERTICAL'),
    selectType: z.enum(['ALL', 'RANDOM', 'CONTIGUOUS']).nullable().default('ALL'),
    selectCount: z.number().int().min(0).default(0),
    gradingType: z
      .enum([
        'ALL_OR_NOTHING',
        'ABSOLUTE_POSITION',
        'RELATIVE_NEXT_EXCLUDE_LAST',
        'RELATIVE_NEXT_INCLUDE_LAST',
        'RELATIVE_ONE_PREVIOUS_AND_NEXT',
        'RELATIVE_ALL_PREVIOUS_AND_NEXT',
        'LONGEST_ORDERED_SUBSET',
        'LONGEST_CONTIGUOUS_SUBSET',
      ])
      .nullable()
      .default('RELATIVE_NEXT_EXCLUDE_LAST'),
    showGrading: z.enum(['SHOW', 'HIDE']).nullable().default('SHOW'),
    numberingStyle: z.union([answerNumberingSchema, z.literal('none')]).default('none'),
    combinedFeedback: questionCombinedFeedbackSchema.prefault({}),
    /** In the right order. */
    items: z.array(questionTextSchema).min(2).max(100),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('kept'),
    /** A Moodle type the model does not edit (calculated…), kept whole and written back. */
    moodleType: z.string().min(1).max(64),
    xml: z.string().max(10_000_000),
  }),
] as const;
