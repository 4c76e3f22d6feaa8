import { z } from 'zod';
import { idSchema } from './ids';
import { questionImportReportSchema } from './question-import-report';

/**
 * What `question.import` did: the report (count, refused questions with line and reason,
 * warnings), how many blocks were skipped (refused), and what was created in the bank.
 */
export const questionImportResultSchema = questionImportReportSchema.extend({
  /** Questions that could not be imported (the same as `errors` that name a question). */
  skipped: z.number().int().min(0),
  questionIds: z.array(idSchema),
  /** Categories the import created (existing ones with the same path are reused). */
  createdCategoryIds: z.array(idSchema),
  /** Media stored from the file's attachments (images of Moodle XML). */
  mediaIds: z.array(z.string()),
});
export type QuestionImportResult = z.infer<typeof questionImportResultSchema>;
