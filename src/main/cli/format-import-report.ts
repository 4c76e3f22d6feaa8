import type { QuestionImportResult } from '../../shared/domain/question-import-result';

const where = (line: number | null, name: string | null): string =>
  [line === null ? null : `ligne/line ${String(line)}`, name === null ? null : `« ${name} »`]
    .filter((part) => part !== null)
    .join(' — ') || 'fichier/file';

/**
 * The import report as `atelier import` prints it: the count, then each refused question with
 * its line and the reason in French then English, then the warnings.
 */
export const formatImportReport = (report: QuestionImportResult): string => {
  const lines = [
    `${String(report.imported)} question(s) importée(s) / imported` +
      (report.createdCategoryIds.length > 0
        ? `, ${String(report.createdCategoryIds.length)} catégorie(s) créée(s) / categories created`
        : '') +
      (report.mediaIds.length > 0 ? `, ${String(report.mediaIds.length)} fichier(s) / files` : '') +
      '.',
  ];
  if (report.errors.length > 0) {
    lines.push('', `Refusées / Refused (${String(report.errors.length)}):`);
    for (const e of report.errors) {
      lines.push(`  ${where(e.line, e.questionName)}`, `    ${e.message}`, `    ${e.messageEn}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('', `Avertissements / Warnings (${String(report.warnings.length)}):`);
    for (const w of report.warnings) {
      lines.push(`  ${where(w.line, w.questionName)}`, `    ${w.message}`, `    ${w.messageEn}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
