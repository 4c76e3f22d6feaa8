import { randomUUID } from 'node:crypto';
import type { QuestionCategory } from '../../../shared/domain/question-category';
import { positionAt } from '../position-at';
import type { ProjectSession } from '../project-session';
import { bankErrors } from '../questions/bank-errors';
import { bankLookups } from '../questions/bank-lookups';
import { categorySubtree } from '../questions/category-subtree';
import { categoryTreeOrder } from '../questions/category-tree-order';
import { quizBankUsage } from '../questions/quiz-bank-usage';
import type { HandlerGroup } from './handler-types';

const empty = { format: 'html' as const, text: '', files: [] };

const assertNameFree = (
  session: ProjectSession,
  parcoursId: string,
  parentId: string | null,
  name: string,
  self: string | null,
): void => {
  const clash = session.repos.questionCategories
    .listOf(parcoursId)
    .some(
      (s) => s.category.parentId === parentId && s.category.name === name && s.category.id !== self,
    );
  // Imports find categories by path: two siblings with one name would make paths ambiguous.
  if (clash) throw bankErrors.categoryNameTaken(name);
};

/** The categories of a parcours's question bank. */
export const questionCategoryHandlers = {
  'questionCategory.list': (input, { workspace }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    return categoryTreeOrder(
      session.repos.questionCategories.listOf(input.parcoursId),
      session.repos.questions.countByCategory(input.parcoursId),
    );
  },
  'questionCategory.create': (input, { workspace }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    if (input.parentId !== null) bankLookups.category(session, input.parentId, input.parcoursId);
    assertNameFree(session, input.parcoursId, input.parentId, input.name, null);
    const category: QuestionCategory = {
      id: randomUUID(),
      parentId: input.parentId,
      name: input.name,
      info: input.info ?? empty,
      idnumber: null,
      context: 'course',
    };
    const siblings = session.repos.questionCategories.siblings(input.parcoursId, input.parentId);
    const position = positionAt(siblings, siblings.length);
    session.edit(
      { label: 'Créer une catégorie de questions', parcoursIds: [input.parcoursId] },
      (uow) => {
        uow.put(
          'question_categories',
          session.repos.questionCategories.toRow(category, input.parcoursId, position),
        );
      },
    );
    return category;
  },
  'questionCategory.update': (input, { workspace }) => {
    const session = workspace.require();
    const stored = bankLookups.category(session, input.id);
    const { parcoursId } = stored;
    const next: QuestionCategory = { ...stored.category, ...input.patch, id: input.id };
    let position = stored.position;
    if (next.parentId !== stored.category.parentId) {
      if (next.parentId !== null) {
        bankLookups.category(session, next.parentId, parcoursId);
        const all = session.repos.questionCategories.listOf(parcoursId).map((s) => s.category);
        if (categorySubtree(all, input.id).includes(next.parentId))
          throw bankErrors.categoryCycle();
      }
      const siblings = session.repos.questionCategories.siblings(parcoursId, next.parentId);
      position = positionAt(siblings, siblings.length);
    }
    assertNameFree(session, parcoursId, next.parentId, next.name, input.id);
    const keys = Object.keys(input.patch).sort().join(',');
    session.edit(
      {
        label: 'Modifier la catégorie de questions',
        coalesceKey: `question-category:${input.id}:${keys}`,
        parcoursIds: [parcoursId],
      },
      (uow) => {
        uow.put(
          'question_categories',
          session.repos.questionCategories.toRow(next, parcoursId, position),
        );
      },
    );
    return next;
  },
  'questionCategory.delete': (input, { workspace }) => {
    const session = workspace.require();
    const { category, parcoursId } = bankLookups.category(session, input.id);
    const questions = session.repos.questions.countByCategory(parcoursId).get(input.id) ?? 0;
    const children = session.repos.questionCategories.childCount(input.id);
    const quizzes =
      quizBankUsage(session.repos.activities.quizzesOfParcours(parcoursId)).categories.get(
        input.id,
      ) ?? [];
    if (questions > 0 || children > 0 || quizzes.length > 0) {
      throw bankErrors.categoryNotEmpty(category.name, questions, children, quizzes);
    }
    session.edit(
      { label: 'Supprimer la catégorie de questions', parcoursIds: [parcoursId] },
      (uow) => {
        uow.remove('question_categories', input.id);
      },
    );
    return null;
  },
} satisfies HandlerGroup<'questionCategory'>;
