import type { QuestionCategoryNode } from '../../../shared/domain/question-category-node';
import type { StoredQuestionCategory } from '../db/repos/question-category-repo';

/**
 * The categories in tree order (parents first, siblings by position) with depth and counts.
 * A category whose parent is missing (a file edited by hand) is listed as a root, never lost.
 */
export const categoryTreeOrder = (
  stored: readonly StoredQuestionCategory[],
  counts: ReadonlyMap<string, number>,
): QuestionCategoryNode[] => {
  const ids = new Set(stored.map((s) => s.category.id));
  const children = new Map<string | null, StoredQuestionCategory[]>();
  for (const item of stored) {
    const parent =
      item.category.parentId !== null && ids.has(item.category.parentId)
        ? item.category.parentId
        : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const out: QuestionCategoryNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number): number => {
    let total = 0;
    for (const { category } of children.get(parent) ?? []) {
      if (seen.has(category.id)) continue;
      seen.add(category.id);
      const questionCount = counts.get(category.id) ?? 0;
      const node: QuestionCategoryNode = {
        ...category,
        depth,
        questionCount,
        totalQuestionCount: 0,
      };
      out.push(node);
      node.totalQuestionCount = questionCount + visit(category.id, depth + 1);
      total += node.totalQuestionCount;
    }
    return total;
  };
  visit(null, 0);
  return out;
};
