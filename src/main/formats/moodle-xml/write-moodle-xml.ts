import type { Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import { questionCategoryNames } from '../../../shared/domain/question-category-names';
import { questionCategoryPath } from '../../../shared/domain/question-category-path';
import type { QuestionExportOptions } from '../gift/write-gift';
import type { QuestionExportReport } from '../../../shared/domain/question-export-report';
import { writeXmlQuestion } from './write-xml-question';
import { xmlOut, type FileResolver } from './xml-out';

const TYPE_NAMES: Partial<Record<Question['type'], string>> = {
  match: 'matching',
  multianswer: 'cloze',
};

const category = (
  c: QuestionCategory,
  categories: readonly QuestionCategory[],
  files: FileResolver,
): string => {
  const { context, names } = questionCategoryNames(categories, c.id);
  return (
    '<!-- question: 0  -->\n  <question type="category">\n    <category>\n' +
    `      <text>${xmlOut.cdata(questionCategoryPath.format(context, names))}</text>\n    </category>\n` +
    xmlOut.text('info', c.info, 4, files) +
    `    <idnumber>${xmlOut.escape(c.idnumber ?? '')}</idnumber>\n  </question>\n\n`
  );
};

const question = (q: Question, n: number, files: FileResolver): string => {
  if (q.type === 'kept') return `<!-- question: ${String(n)}  -->\n  ${q.xml}\n\n`;
  const hints = q.hints
    .map((h) =>
      xmlOut.text(
        'hint',
        h.text,
        4,
        files,
        (h.showNumCorrect ? '      <shownumcorrect/>\n' : '') +
          (h.clearWrong ? '      <clearwrong/>\n' : ''),
      ),
    )
    .join('');
  const tags =
    q.tags.length === 0
      ? ''
      : `    <tags>\n${q.tags.map((t) => `      <tag><text>${xmlOut.cdata(t)}</text>\n</tag>\n`).join('')}    </tags>\n`;
  return (
    `<!-- question: ${String(n)}  -->\n  <question type="${TYPE_NAMES[q.type] ?? q.type}">\n` +
    `    <name>\n      <text>${xmlOut.cdata(q.name)}</text>\n    </name>\n` +
    xmlOut.text('questiontext', q.text, 4, files) +
    xmlOut.text('generalfeedback', q.generalFeedback, 4, files) +
    (q.type === 'multianswer'
      ? ''
      : `    <defaultgrade>${xmlOut.seven(q.defaultMark)}</defaultgrade>\n`) +
    `    <penalty>${xmlOut.seven(q.penalty)}</penalty>\n    <hidden>0</hidden>\n` +
    `    <idnumber>${xmlOut.escape(q.idnumber ?? '')}</idnumber>\n` +
    writeXmlQuestion(q, files) +
    hints +
    tags +
    '  </question>\n\n'
  );
};

/**
 * Writes questions as Moodle 4.5's `qformat_xml` does: a category pseudo-question whenever the
 * category changes (and one for each category without questions, at the end), then each question
 * in the given order. `files` gives the base64 content of each media id.
 */
export const writeMoodleXml = (
  questions: readonly Question[],
  categories: readonly QuestionCategory[],
  files: FileResolver,
  options: QuestionExportOptions = {},
): { text: string; report: QuestionExportReport } => {
  const report: QuestionExportReport = { written: 0, skipped: [], losses: [] };
  const written = new Set<string>();
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n';
  let current: string | null = null;
  questions.forEach((q, index) => {
    if (q.categoryId !== current) {
      current = q.categoryId;
      const c = categories.find((item) => item.id === q.categoryId);
      if (c) out += category(c, categories, files);
      written.add(q.categoryId);
    }
    out += question(q, options.questionNumber?.(q, index) ?? index + 1, files);
    report.written += 1;
  });
  for (const c of categories.filter((item) => !written.has(item.id)))
    out += category(c, categories, files);
  return { text: `${out}</quiz>`, report };
};
