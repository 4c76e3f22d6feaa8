import type { QuestionTextFormat } from '../../../shared/domain/question-text';
import type { QuestionIssueCode } from '../../../shared/domain/question-import-report';

/** A question read from GIFT before it gets its id and category and passes the schema. */
export type GiftDraft = { type: string } & Record<string, unknown>;

/** What reading one answer part gave: the type's fields, or why it failed. */
export type GiftAnswersResult =
  | { ok: true; draft: GiftDraft; warnings: { code: QuestionIssueCode; detail: string }[] }
  | { ok: false; code: QuestionIssueCode; detail: string };

/** The context every answer reader needs. */
export interface GiftAnswerContext {
  answerText: string;
  format: QuestionTextFormat;
}
