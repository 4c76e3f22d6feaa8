import type { QuestionCategory } from './question-category';

/** The names from the root down to `categoryId`, and the root's context. */
export const questionCategoryNames = (
  categories: readonly QuestionCategory[],
  categoryId: string,
): { context: QuestionCategory['context']; names: string[] } => {
  const names: string[] = [];
  let context: QuestionCategory['context'] = 'course';
  let current = categories.find((category) => category.id === categoryId);
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    context = current.context;
    const parentId = current.parentId;
    current = parentId === null ? undefined : categories.find((c) => c.id === parentId);
  }
  return { context, names };
};
