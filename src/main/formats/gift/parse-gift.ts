import { questionSchema, type Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import { questionCategoryPath } from '../../../shared/domain/question-category-path';
import { ensureQuestionCategory } from '../../../shared/domain/question-category-tree';
import { matchMoodleFraction } from '../../../shared/domain/question-fraction';
import type {
  QuestionImportReport,
  QuestionIssue,
} from '../../../shared/domain/question-import-report';
import { questionIssueMessage } from '../question-issue-message';
import { giftCommentMeta } from './gift-comment-meta';
import type { GiftDraft } from './gift-draft';
import { parseGiftBlock } from './parse-gift-block';
import { php } from './php-string';
import { splitGiftBlocks } from './split-gift-blocks';

/** Options of an import: how ids are made and where questions without `$CATEGORY` go. */
export interface QuestionImportOptions {
  newId?: () => string;
  defaultCategoryName?: string;
}

/** The questions and categories a file holds, and the report of what was read. */
export interface GiftImportResult {
  questions: Question[];
  categories: QuestionCategory[];
  report: QuestionImportReport;
}

const counterId = (prefix: string): (() => string) => {
  let next = 0;
  return () => `${prefix}${String((next += 1))}`;
};

const fractionsOf = (draft: GiftDraft): number[] => {
  if (!['multichoice', 'shortanswer', 'numerical'].includes(draft.type)) return [];
  const answers = draft.answers as { fraction: number }[];
  return answers.map((answer) => answer.fraction);
};

/** Moodle stores the list value a weight matched (33.33333 % is 0.3333333). */
const snapFractions = (draft: GiftDraft): void => {
  if (!['multichoice', 'shortanswer', 'numerical'].includes(draft.type)) return;
  for (const answer of draft.answers as { fraction: number }[]) {
    answer.fraction = matchMoodleFraction(answer.fraction) ?? answer.fraction;
  }
};

/**
 * Reads a GIFT file as Moodle 4.5 does, question by question. A question Moodle would refuse
 * (or crash on) is left out and reported with its line; the others are imported.
 */
export const parseGift = (
  source: string,
  options: QuestionImportOptions = {},
): GiftImportResult => {
  const newId = options.newId ?? counterId('gift-');
  const categories: QuestionCategory[] = [];
  const questions: Question[] = [];
  const errors: QuestionIssue[] = [];
  const warnings: QuestionIssue[] = [];
  let categoryId: string | null = null;
  const currentCategory = (): string =>
    (categoryId ??= ensureQuestionCategory(
      categories,
      'course',
      [options.defaultCategoryName ?? 'Importé'],
      newId,
    ) as string);

  for (const block of splitGiftBlocks(source)) {
    const index = block.lines.findIndex((line) => !line.startsWith('//'));
    const line = block.lineNumbers[index < 0 ? 0 : index] ?? null;
    const result = parseGiftBlock(block.lines);
    const issue = (questionName: string | null, code: QuestionIssue['code'], detail = '') => ({
      line,
      questionName,
      ...questionIssueMessage(code, detail),
    });
    if (result.kind === 'empty') continue;
    if (result.kind === 'category') {
      const [first = '', ...rest] = result.path.split('\n');
      if (rest.length > 0) warnings.push(issue(null, 'category-extra-text', rest.join(' ')));
      const path = questionCategoryPath.parse(first);
      if (path.unknownMarker) warnings.push(issue(null, 'category-context', path.unknownMarker));
      categoryId = ensureQuestionCategory(categories, path.context ?? 'course', path.names, newId);
      continue;
    }
    if (result.kind === 'error') {
      errors.push(issue(result.name, result.code, result.detail));
      continue;
    }
    const invalid = fractionsOf(result.draft).filter((f) => matchMoodleFraction(f) === null);
    if (invalid.length > 0) {
      errors.push(issue(result.name, 'grades-mismatch', invalid.map(php.float).join(', ')));
      continue;
    }
    snapFractions(result.draft);
    const meta = giftCommentMeta(block.lines);
    const parsed = questionSchema.safeParse({
      ...result.draft,
      id: newId(),
      categoryId: currentCategory(),
      name: result.name.slice(0, 255),
      idnumber: meta.idnumber,
      tags: meta.tags,
    });
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      errors.push(issue(result.name, 'invalid-question', detail));
      continue;
    }
    questions.push(parsed.data);
    for (const warning of result.warnings) {
      warnings.push(issue(result.name, warning.code, warning.detail));
    }
  }
  return { questions, categories, report: { imported: questions.length, errors, warnings } };
};
