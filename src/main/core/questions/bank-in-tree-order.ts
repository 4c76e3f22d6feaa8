import type { Question } from '../../../shared/domain/question';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import type { Repos } from '../db/repos/create-repos';
import { categoryTreeOrder } from './category-tree-order';

/** A parcours's categories in tree order and its questions in that order (then position). */
export const bankInTreeOrder = (
  repos: Repos,
  parcoursId: string,
): { categories: QuestionCategory[]; questions: Question[] } => {
  const nodes = categoryTreeOrder(repos.questionCategories.listOf(parcoursId), new Map());
  const rank = new Map(nodes.map((node, index) => [node.id, index]));
  const categories = nodes.map(
    ({ depth: _depth, questionCount: _count, totalQuestionCount: _total, ...category }) => category,
  );
  const questions = repos.questions
    .listOf(parcoursId)
    .map((stored, index) => ({ question: stored.question, index }))
    .sort(
      (a, b) =>
        (rank.get(a.question.categoryId) ?? 0) - (rank.get(b.question.categoryId) ?? 0) ||
        a.index - b.index,
    )
    .map(({ question }) => question);
  return { categories, questions };
};
