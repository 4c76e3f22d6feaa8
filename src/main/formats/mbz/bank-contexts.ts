import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { ParcoursDocument } from '../parcours-document';
import type { MbzPlan } from './mbz-plan';
import type { ModuleContextRef } from './questions/question-bank-types';

/**
 * Which quiz's module context holds a module-context root category (a quiz's own bank): the
 * first quiz, in outline order, whose slots use a question or draw from a category under it.
 */
export const quizModuleContexts = (
  doc: ParcoursDocument,
  plan: MbzPlan,
): ((categoryId: string) => ModuleContextRef | undefined) => {
  const byId = new Map(doc.bank.categories.map((c) => [c.id, c]));
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let category: QuestionCategory | undefined = byId.get(id);
    while (category?.parentId != null && byId.has(category.parentId) && !seen.has(category.id)) {
      seen.add(category.id);
      category = byId.get(category.parentId);
    }
    return category?.id ?? id;
  };
  const questionCategory = new Map(doc.bank.questions.map((q) => [q.id, q.categoryId]));
  const owners = new Map<string, ModuleContextRef>();
  for (const section of plan.sections) {
    for (const a of section.activities) {
      if (a.activity.type !== 'quiz') continue;
      for (const slot of a.activity.slots) {
        const category =
          slot.question.kind === 'fixed'
            ? questionCategory.get(slot.question.questionId)
            : slot.question.categoryId;
        if (category === undefined) continue;
        const root = rootOf(category);
        if (!owners.has(root)) owners.set(root, { contextId: a.contextId, cmid: a.cmid });
      }
    }
  }
  return (categoryId) => owners.get(categoryId);
};
