import { z } from 'zod';

/** Why a question could not be imported, or what changed on the way in (closed set). */
export const questionIssueCodeSchema = z.enum([
  'brace-missing',
  'matching-format',
  'not-enough-answers',
  'numerical-no-answer',
  'numerical-not-a-number',
  'numerical-any-answer',
  'weight-invalid',
  'grades-mismatch',
  'unknown-format',
  'invalid-question',
  'unsupported-type',
  'xml-forbidden',
  'xml-malformed',
  'file-missing',
  'category-context',
  'category-extra-text',
]);
export type QuestionIssueCode = z.infer<typeof questionIssueCodeSchema>;

export const questionIssueSchema = z.object({
  code: questionIssueCodeSchema,
  /** 1-based line in the file where the question starts; null when the format has no lines. */
  line: z.number().int().min(1).nullable(),
  questionName: z.string().nullable(),
  /** French first, for the author; English second. */
  message: z.string(),
  messageEn: z.string(),
});
export type QuestionIssue = z.infer<typeof questionIssueSchema>;

/**
 * What an import did: how many questions were read, each question that was refused with the line
 * and the reason, and each change made on the way in (the import goes on past errors, as Moodle
 * does with "Stop on error: No").
 */
export const questionImportReportSchema = z.object({
  imported: z.number().int().min(0),
  errors: z.array(questionIssueSchema),
  warnings: z.array(questionIssueSchema),
});
export type QuestionImportReport = z.infer<typeof questionImportReportSchema>;
