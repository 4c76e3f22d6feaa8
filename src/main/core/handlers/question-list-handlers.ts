import { foldSearchText } from '../questions/question-search-text';
import { bankLookups } from '../questions/bank-lookups';
import { categorySubtree } from '../questions/category-subtree';
import { questionExcerpt } from '../questions/question-excerpt';
import { quizBankUsage } from '../questions/quiz-bank-usage';
import type { HandlerSet } from './handler-types';

/** Listing and filtering the bank of a parcours. */
export const questionListHandlers = {
  'question.list': (input, { workspace }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    let categoryIds: string[] | undefined;
    if (input.categoryId !== undefined) {
      bankLookups.category(session, input.categoryId, input.parcoursId);
      const all = session.repos.questionCategories.listOf(input.parcoursId).map((s) => s.category);
      categoryIds = input.includeSubcategories
        ? categorySubtree(all, input.categoryId)
        : [input.categoryId];
    }
    const wanted = (input.tags ?? []).map(foldSearchText);
    const usage = quizBankUsage(session.repos.activities.quizzesOfParcours(input.parcoursId));
    return session.repos.questions
      .listOf(input.parcoursId, {
        ...(categoryIds ? { categoryIds } : {}),
        ...(input.type ? { type: input.type } : {}),
        ...(input.search ? { search: foldSearchText(input.search) } : {}),
      })
      .filter(({ question }) => {
        const tags = question.tags.map(foldSearchText);
        return wanted.every((tag) => tags.includes(tag));
      })
      .map(({ question }) => ({
        id: question.id,
        name: question.name,
        type: question.type,
        categoryId: question.categoryId,
        tags: question.tags,
        status: question.status,
        defaultMark: question.defaultMark,
        excerpt: questionExcerpt(question),
        usedBy: usage.questions.get(question.id) ?? [],
      }));
  },
  'question.tags': (input, { workspace }) => {
    const session = workspace.require();
    bankLookups.parcours(session, input.parcoursId);
    const tags = new Set(
      session.repos.questions.listOf(input.parcoursId).flatMap((s) => s.question.tags),
    );
    return [...tags].sort((a, b) => a.localeCompare(b, 'fr'));
  },
} satisfies HandlerSet<'question.list' | 'question.tags'>;
