import type { XmlNode } from '../moodle-xml/xml-node';
import type { ParcoursDocument } from '../parcours-document';
import { quizModuleContexts } from './bank-contexts';
import type { MbzWriteState } from './mbz-write-state';
import { mbz } from './mbz-tree';
import { writeQuestionBank } from './questions/write-question-bank';

/**
 * Writes the question bank (`questions/write-question-bank.ts`) before the course, so quiz
 * codecs find their entries and categories in `state.bank`; returns `questions.xml`'s tree and
 * the categories of the course context (the course inforef lists them; each quiz lists its
 * own). The bank's notes become export warnings.
 */
export const writeBank = (
  doc: ParcoursDocument,
  state: MbzWriteState,
): { tree: XmlNode; courseCategoryIds: number[] } => {
  const result = writeQuestionBank(doc.bank, {
    target: state.target,
    time: state.time,
    courseId: state.plan.courseId,
    courseContextId: state.plan.courseContextId,
    files: state.files,
    newId: () => state.ids.next('bank'),
    moduleContextOf: quizModuleContexts(doc, state.plan),
  });
  state.bank = {
    entryIdOf: (id) => result.entryIds.get(id),
    categoryIdOf: (id) => result.categories.get(id)?.id,
    contextIdOfCategory: (id) => result.categories.get(id)?.contextId,
  };
  state.categoriesInContext = (contextId) => result.categoryIdsByContext.get(contextId) ?? [];
  const parentOf = new Map(
    mbz
      .list(result.tree, 'question_category')
      .map((c) => [Number(c['@_id']), Number(c['parent'])] as const),
  );
  state.withParentCategories = (list) => {
    const out = new Set<number>();
    for (let id of list) {
      while (id !== 0 && !out.has(id)) {
        out.add(id);
        id = parentOf.get(id) ?? 0;
      }
    }
    return [...out];
  };
  const where = 'Banque de questions';
  for (const n of result.report.notes) state.warn(n.questionName ?? where, n.message, n.messageEn);
  for (const s of [...result.report.skipped, ...result.report.losses])
    state.warn(s.questionName, s.message, s.messageEn);
  const courseCategoryIds = mbz
    .list(result.tree, 'question_category')
    .filter((c) => Number(c['contextid']) === state.plan.courseContextId)
    .map((c) => Number(c['@_id']));
  return { tree: result.tree, courseCategoryIds };
};
