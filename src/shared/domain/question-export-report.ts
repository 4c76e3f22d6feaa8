import { z } from 'zod';

/** A question an export could not write, and why (French, English). */
export const questionExportSkipSchema = z.object({
  questionId: z.string(),
  questionName: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type QuestionExportSkip = z.infer<typeof questionExportSkipSchema>;

/** What an export wrote and what it left out. */
export const questionExportReportSchema = z.object({
  written: z.number().int().min(0),
  skipped: z.array(questionExportSkipSchema),
  /** Questions written with something left out (units, hints, files…), and what. */
  losses: z.array(questionExportSkipSchema),
});
export type QuestionExportReport = z.infer<typeof questionExportReportSchema>;
