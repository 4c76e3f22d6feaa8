import type { QuestionCategory } from '../../../shared/domain/question-category';

/** `rootId` and every category below it (cycles in a hand-edited file are cut). */
export const categorySubtree = (
  categories: readonly QuestionCategory[],
  rootId: string,
): string[] => {
  const out = [rootId];
  for (let i = 0; i < out.length; i += 1) {
    for (const category of categories) {
      if (category.parentId === out[i] && !out.includes(category.id)) out.push(category.id);
    }
  }
  return out;
};
