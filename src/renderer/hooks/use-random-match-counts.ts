import { useQueries } from '@tanstack/react-query';
import { isRandomQuestionCandidate } from '../../shared/domain/random-question-candidate';
import type { QuizSlot } from '../../shared/domain/quiz-slot';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export type RandomFilter = Omit<Extract<QuizSlot['question'], { kind: 'random' }>, 'kind'>;

/**
 * How many questions of the bank each random filter may draw (its category, optionally with
 * subcategories, carrying every tag; ready and not a description): null while counting. Shares
 * `question.list`'s cache, so bank edits refresh the counts.
 */
export const useRandomMatchCounts = (
  parcoursId: string | null,
  filters: readonly RandomFilter[],
): (number | null)[] => {
  const client = useClient();
  const results = useQueries({
    queries: filters.map((filter) => {
      const input = {
        parcoursId: parcoursId ?? '',
        categoryId: filter.categoryId,
        includeSubcategories: filter.includeSubcategories,
        ...(filter.tags.length > 0 ? { tags: filter.tags } : {}),
      };
      return {
        queryKey: queryKeys.questions(input.parcoursId, input),
        queryFn: () => client.invoke('question.list', input),
        enabled: parcoursId !== null,
      };
    }),
  });
  return results.map((result) =>
    result.data ? result.data.filter(isRandomQuestionCandidate).length : null,
  );
};
