import { randomUUID } from 'node:crypto';
import type { Activity } from '../../../shared/domain/activity';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import { questionCategoryNames } from '../../../shared/domain/question-category-names';
import type { QuizSlot } from '../../../shared/domain/quiz-slot';
import type { Repos } from '../db/repos/create-repos';
import type { UnitOfWork } from '../journal/unit-of-work';
import { positionAt } from '../position-at';
import { categorySubtree } from './category-subtree';

/** Rewrites a copied activity's bank references for the parcours it lands in. */
export type BankCopier = (activity: Activity) => Activity;

/**
 * Copies of quizzes into another parcours take their questions along: each question a slot
 * uses (and, for a random slot, every question of its category, with subcategories when
 * asked) is copied into the target's bank, in a category of the same path (found or created),
 * and the slots are remapped. Within one parcours the bank is shared: nothing is copied.
 * A slot whose question no longer exists is dropped (it could not be exported anyway).
 * Writes go through `uow`, so the copy is in the caller's undo step.
 */
export const createBankCopier = (
  repos: Repos,
  uow: UnitOfWork,
  fromParcoursId: string,
  toParcoursId: string,
): BankCopier => {
  if (fromParcoursId === toParcoursId) return (activity) => activity;
  const source = repos.questionCategories.listOf(fromParcoursId).map((s) => s.category);
  const categoryMap = new Map<string, string>();
  const questionMap = new Map<string, string>();

  const findOrCreate = (parentId: string | null, like: QuestionCategory): string => {
    const found = repos.questionCategories
      .listOf(toParcoursId)
      .find(
        ({ category: c }) =>
          c.parentId === parentId &&
          c.name === like.name &&
          (parentId !== null || c.context === like.context),
      );
    if (found) return found.category.id;
    const created: QuestionCategory = { ...structuredClone(like), id: randomUUID(), parentId };
    const siblings = repos.questionCategories.siblings(toParcoursId, parentId);
    uow.put(
      'question_categories',
      repos.questionCategories.toRow(created, toParcoursId, positionAt(siblings, siblings.length)),
    );
    return created.id;
  };

  const copyCategory = (id: string): string | null => {
    const known = categoryMap.get(id);
    if (known !== undefined) return known;
    const { names } = questionCategoryNames(source, id);
    if (names.length === 0) return null;
    // Walk from the root down, reusing the target's categories of the same path.
    const chain: QuestionCategory[] = [];
    let current = source.find((c) => c.id === id);
    while (current && !chain.includes(current)) {
      chain.unshift(current);
      const parentId = current.parentId;
      current = parentId === null ? undefined : source.find((c) => c.id === parentId);
    }
    let parentId: string | null = null;
    for (const category of chain) {
      parentId = categoryMap.get(category.id) ?? findOrCreate(parentId, category);
      categoryMap.set(category.id, parentId);
    }
    return parentId;
  };

  const copyQuestion = (id: string): string | null => {
    const known = questionMap.get(id);
    if (known !== undefined) return known;
    const stored = repos.questions.get(id);
    if (stored?.parcoursId !== fromParcoursId) return null;
    const categoryId = copyCategory(stored.question.categoryId);
    if (categoryId === null) return null;
    const copy = { ...structuredClone(stored.question), id: randomUUID(), categoryId };
    const siblings = repos.questions.siblings(categoryId);
    uow.put(
      'questions',
      repos.questions.toRow(copy, toParcoursId, positionAt(siblings, siblings.length)),
    );
    questionMap.set(id, copy.id);
    return copy.id;
  };

  const copyRandom = (categoryId: string, withSubcategories: boolean): string | null => {
    const ids = withSubcategories ? categorySubtree(source, categoryId) : [categoryId];
    for (const id of ids) {
      copyCategory(id);
      for (const { question } of repos.questions.listOf(fromParcoursId, { categoryIds: [id] }))
        copyQuestion(question.id);
    }
    return copyCategory(categoryId);
  };

  const remapSlot = (slot: QuizSlot): QuizSlot | null => {
    const ref = slot.question;
    if (ref.kind === 'fixed') {
      const questionId = copyQuestion(ref.questionId);
      return questionId === null ? null : { ...slot, question: { ...ref, questionId } };
    }
    const categoryId = copyRandom(ref.categoryId, ref.includeSubcategories);
    return categoryId === null ? null : { ...slot, question: { ...ref, categoryId } };
  };

  return (activity) => {
    if (activity.type !== 'quiz') return activity;
    const slots = activity.slots.map(remapSlot).filter((s): s is QuizSlot => s !== null);
    return { ...activity, slots };
  };
};
