import { z } from 'zod';
import { questionAnswerSchema } from './question-answer';
import { questionCombinedFeedbackSchema } from './question-combined-feedback';
import { questionCommonShape } from './question-common';
import { questionTextSchema } from './question-text';

const empty = { format: 'html' as const, text: '', files: [] };

/** Moodle's answer numbering styles (`answernumbering`). */
export const answerNumberingSchema = z.enum(['abc', 'ABCD', '123', 'iii', 'IIII', 'none']);

/** Multiple choice (one answer, or several with fractions summing to 1 plus negatives), true/false. */
export const choiceQuestionSchemas = [
  z.object({
    ...questionCommonShape,
    type: z.literal('multichoice'),
    single: z.boolean().default(true),
    shuffleAnswers: z.boolean().default(true),
    answerNumbering: answerNumberingSchema.default('abc'),
    showStandardInstruction: z.boolean().default(false),
    combinedFeedback: questionCombinedFeedbackSchema.prefault({}),
    answers: z.array(questionAnswerSchema).min(1).max(100),
  }),
  z.object({
    ...questionCommonShape,
    type: z.literal('truefalse'),
    penalty: z.number().min(0).max(1).default(1),
    correctAnswer: z.boolean(),
    /** Shown when the student answers true. */
    feedbackTrue: questionTextSchema.default(empty),
    feedbackFalse: questionTextSchema.default(empty),
  }),
] as const;
