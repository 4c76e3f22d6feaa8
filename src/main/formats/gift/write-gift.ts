import type { Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import { questionCategoryNames } from '../../../shared/domain/question-category-names';
import { questionCategoryPath } from '../../../shared/domain/question-category-path';
import type { QuestionExportReport } from '../../../shared/domain/question-export-report';
import { giftLosses } from './gift-losses';
import { writeGiftQuestion } from './write-gift-question';

/** Options of an export: the number written in each `// question: N` comment (Moodle's id). */
export interface QuestionExportOptions {
  questionNumber?: (question: Question, index: number) => number;
}

const metaLine = (q: Question): string => {
  const escape = (value: string): string => value.replaceAll(']', '\\]');
  const parts = [
    ...(q.idnumber ? [`[id:${escape(q.idnumber)}]`] : []),
    ...q.tags.map((tag) => `[tag:${escape(tag)}]`),
  ];
  return parts.length > 0 ? `// ${parts.join(' ')}\n` : '';
};

/**
 * Writes questions as Moodle 4.5 writes GIFT: a `$CATEGORY` switch when the category changes,
 * comment lines, then the question. Types GIFT cannot express get only their comment lines, as
 * in Moodle, and are reported as skipped.
 */
export const writeGift = (
  questions: readonly Question[],
  categories: readonly QuestionCategory[],
  options: QuestionExportOptions = {},
): { text: string; report: QuestionExportReport } => {
  const report: QuestionExportReport = { written: 0, skipped: [], losses: [] };
  let out = '';
  let category: string | null = null;
  questions.forEach((q, index) => {
    if (q.categoryId !== category) {
      category = q.categoryId;
      const { context, names } = questionCategoryNames(categories, q.categoryId);
      const path = questionCategoryPath.format(context, names);
      out += `// question: 0  name: Switch category to ${path}\n$CATEGORY: ${path}\n\n\n`;
    }
    const number = options.questionNumber?.(q, index) ?? index + 1;
    const body = writeGiftQuestion(q);
    out += `// question: ${String(number)}  name: ${q.name}\n${metaLine(q)}${body ?? ''}\n\n`;
    if (body === null) {
      report.skipped.push({
        questionId: q.id,
        questionName: q.name,
        message: `Le type ${q.type} ne s'écrit pas en GIFT : exportez en XML Moodle.`,
        messageEn: `GIFT cannot express the ${q.type} type: export to Moodle XML.`,
      });
      return;
    }
    report.written += 1;
    const losses = giftLosses(q);
    if (losses.length > 0) {
      report.losses.push({
        questionId: q.id,
        questionName: q.name,
        message: `Perdu en GIFT : ${losses.map(([fr]) => fr).join(', ')}.`,
        messageEn: `Lost in GIFT: ${losses.map(([, en]) => en).join(', ')}.`,
      });
    }
  });
  return { text: out, report };
};
