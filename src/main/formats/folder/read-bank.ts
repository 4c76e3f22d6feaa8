import { z } from 'zod';
import { questionSchema, type Question } from '../../../shared/domain/question';
import { questionCategorySchema } from '../../../shared/domain/question-category';
import type { ParcoursDocument } from '../parcours-document';
import { checkCategoryTree } from './check-category-tree';
import { folderErrors } from './folder-errors';
import type { FolderListing } from './list-parcours-folder';
import type { FolderReadContext } from './folder-read-context';

const categoriesSchema = z.array(questionCategorySchema).max(10_000);

/**
 * The question bank: categories in `bank/categories.json` order, then each category's questions
 * in file order. A question's category is the one its `categoryId` names, whatever its folder.
 */
export const readBank = async (
  context: FolderReadContext,
  listing: Pick<FolderListing, 'categories' | 'questions'>,
): Promise<ParcoursDocument['bank']> => {
  const categories = listing.categories
    ? await context.parse(listing.categories, categoriesSchema)
    : [];
  categories.forEach((category, index) => {
    const file = listing.categories?.rel ?? '';
    context.ids.claim('category', category.id, file, `[${String(index)}].id`);
  });
  checkCategoryTree(categories);
  const rank = new Map(categories.map((category, index) => [category.id, index]));
  const read: { question: Question; rank: number }[] = [];
  for (const file of listing.questions) {
    const question = await context.parse(file, questionSchema);
    context.ids.claim('question', question.id, file.rel);
    const at = rank.get(question.categoryId);
    if (at === undefined) {
      throw folderErrors.unknownReference(
        file.rel,
        'categoryId',
        question.categoryId,
        'n’est pas une catégorie de bank/categories.json',
        'is not a category of bank/categories.json',
      );
    }
    read.push({ question, rank: at });
  }
  // A stable sort: within a category, the listing's order (folder, then number) is kept.
  const questions = read.sort((a, b) => a.rank - b.rank).map((entry) => entry.question);
  return { categories, questions };
};
