import type { Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { MbzFolder } from './mbz-folder';
import type { MbzMediaRegistry } from './mbz-media-registry';
import type { ModuleReadContext } from './mbz-module';
import type { MbzReportBuilder } from './mbz-report';
import { readQuestionBank } from './questions/read-question-bank';

/** The bank of a backup, and the ids quiz codecs resolve their slots with. */
export interface BankRead {
  document: { categories: QuestionCategory[]; questions: Question[] };
  context: ModuleReadContext['bank'];
}

/**
 * Reads `questions.xml` with the question bank reader (`questions/`), its files resolved to
 * media through the registry; its notes go to the report's "questions" item.
 */
export const readBank = (
  folder: MbzFolder,
  registry: MbzMediaRegistry,
  report: MbzReportBuilder,
  newId: () => string,
): BankRead => {
  const tree = folder.xml('questions.xml', 'question_categories');
  const entry = report.item('questions', 'questions.xml', 'Banque de questions');
  if (tree === null) {
    entry.done('mapped', 'Pas de banque de questions.', 'No question bank.');
    return {
      document: { categories: [], questions: [] },
      context: { questionIdOfEntry: () => undefined, categoryIdOf: () => undefined },
    };
  }
  const bank = readQuestionBank(tree, {
    newId,
    filesOf: (contextId, component) =>
      registry
        .inContext(contextId)
        .filter((r) => r.component === component && r.fileName !== '.')
        .flatMap((r) => {
          const found = registry.use(r);
          return found === null
            ? []
            : [
                {
                  fileArea: r.fileArea,
                  itemId: r.itemId,
                  filePath: r.filePath,
                  fileName: r.fileName,
                  mediaId: found.mediaId,
                },
              ];
        }),
  });
  for (const n of bank.report.notes) {
    const who = n.questionName === null ? '' : `${n.questionName} : `;
    entry.note(`${who}${n.message}`, `${who}${n.messageEn}`);
  }
  entry.done(
    'mapped',
    `${bank.questions.length} question(s) et ${bank.categories.length} catégorie(s) importées.`,
    `${bank.questions.length} question(s) and ${bank.categories.length} categorie(s) imported.`,
  );
  return {
    document: { categories: bank.categories, questions: bank.questions },
    context: {
      questionIdOfEntry: (id) => bank.questionIds.get(id),
      categoryIdOf: (id) => bank.categoryIds.get(id),
      legacyRandomOf: (id) => bank.randoms.get(id),
    },
  };
};
