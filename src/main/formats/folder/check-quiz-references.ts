import type { ParcoursDocument } from '../parcours-document';
import { folderErrors } from './folder-errors';
import type { ReadSection } from './read-sections';

/** Every quiz slot draws from the folder's bank: its question, or its category, is there. */
export const checkQuizReferences = (
  sections: readonly ReadSection[],
  bank: ParcoursDocument['bank'],
): void => {
  const questions = new Set(bank.questions.map((q) => q.id));
  const categories = new Set(bank.categories.map((c) => c.id));
  for (const { activities, activityFiles } of sections) {
    activities.forEach((activity, index) => {
      if (activity.type !== 'quiz') return;
      const file = activityFiles[index] ?? '';
      activity.slots.forEach(({ question }, slot) => {
        const field = `slots[${String(slot)}].question`;
        if (question.kind === 'fixed' && !questions.has(question.questionId)) {
          throw folderErrors.unknownReference(
            file,
            `${field}.questionId`,
            question.questionId,
            'n’est pas une question de bank/questions/',
            'is not a question of bank/questions/',
          );
        }
        if (question.kind === 'random' && !categories.has(question.categoryId)) {
          throw folderErrors.unknownReference(
            file,
            `${field}.categoryId`,
            question.categoryId,
            'n’est pas une catégorie de bank/categories.json',
            'is not a category of bank/categories.json',
          );
        }
      });
    });
  }
};
