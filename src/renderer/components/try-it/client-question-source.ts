import type { Client } from '../../../shared/contract/create-client';
import type { QuestionSource } from './question-source';

/** The studio's questions: the parcours's bank, through the core. */
export const clientQuestionSource = (client: Client, parcoursId: string): QuestionSource => ({
  question: (id) => client.invoke('question.get', { id }),
  randomCandidates: ({ question }) =>
    client.invoke('question.list', {
      parcoursId,
      categoryId: question.categoryId,
      includeSubcategories: question.includeSubcategories,
      ...(question.tags.length > 0 ? { tags: question.tags } : {}),
    }),
});
