import { z } from 'zod';
import { idSchema } from './ids';

/**
 * Moodle's text formats (FORMAT_HTML, FORMAT_MOODLE, FORMAT_PLAIN, FORMAT_MARKDOWN). Question
 * texts keep Moodle's string and its format as canonical so that Moodle XML round-trips byte for
 * byte and the cloze / gap markers (`{1:SA:…}`, `[[1]]`) stay where the author put them.
 */
export const questionTextFormatSchema = z.enum(['html', 'moodle_auto', 'plain', 'markdown']);

/** A file a text refers to as `@@PLUGINFILE@@/<url-encoded name>`; the bytes live in media. */
export const questionFileSchema = z.object({
  name: z.string().min(1).max(255),
  path: z.string().min(1).max(255).default('/'),
  mediaId: idSchema,
});

/** A text of a question (question text, feedback, hint…): Moodle's string, format and files. */
export const questionTextSchema = z.object({
  format: questionTextFormatSchema.default('html'),
  text: z.string().max(2_000_000).default(''),
  files: z.array(questionFileSchema).max(200).default([]),
});
export type QuestionText = z.infer<typeof questionTextSchema>;
export type QuestionTextFormat = z.infer<typeof questionTextFormatSchema>;
export type QuestionFile = z.infer<typeof questionFileSchema>;
