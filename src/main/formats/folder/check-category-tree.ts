import type { QuestionCategory } from '../../../shared/domain/question-category';
import { folderErrors } from './folder-errors';
import { FOLDER_LAYOUT } from './folder-layout';

/** Every parent is a category of the file, and following parents always ends at a root. */
export const checkCategoryTree = (categories: readonly QuestionCategory[]): void => {
  const parents = new Map(categories.map((c) => [c.id, c.parentId]));
  categories.forEach((category, index) => {
    const field = `[${String(index)}].parentId`;
    if (category.parentId !== null && !parents.has(category.parentId)) {
      throw folderErrors.unknownReference(
        FOLDER_LAYOUT.categories,
        field,
        category.parentId,
        'n’est pas une catégorie de ce fichier',
        'is not a category of this file',
      );
    }
    const seen = new Set<string>([category.id]);
    for (let at = category.parentId; at !== null; at = parents.get(at) ?? null) {
      if (seen.has(at)) {
        throw folderErrors.unknownReference(
          FOLDER_LAYOUT.categories,
          field,
          category.parentId ?? '',
          'ferait une boucle de catégories',
          'would make a loop of categories',
        );
      }
      seen.add(at);
    }
  });
};
