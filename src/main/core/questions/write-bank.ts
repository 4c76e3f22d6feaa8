import type { Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { Repos } from '../db/repos/create-repos';
import type { UnitOfWork } from '../journal/unit-of-work';
import { positionAt } from '../position-at';

/**
 * Writes new categories (parents before children, as importers list them) and questions at
 * the end of their siblings, through `uow`. Ids must be fresh; the caller made them.
 */
export const writeBank = (
  repos: Repos,
  uow: UnitOfWork,
  parcoursId: string,
  bank: { categories: readonly QuestionCategory[]; questions: readonly Question[] },
): void => {
  for (const category of bank.categories) {
    const siblings = repos.questionCategories.siblings(parcoursId, category.parentId);
    uow.put(
      'question_categories',
      repos.questionCategories.toRow(category, parcoursId, positionAt(siblings, siblings.length)),
    );
  }
  for (const question of bank.questions) {
    const siblings = repos.questions.siblings(question.categoryId);
    uow.put(
      'questions',
      repos.questions.toRow(question, parcoursId, positionAt(siblings, siblings.length)),
    );
  }
};
