import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { QuestionType } from '../../shared/domain/question';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export interface QuestionFilters {
  categoryId?: string;
  includeSubcategories: boolean;
  search: string;
  tags: string[];
  type?: QuestionType;
}

/** The bank of a parcours: its categories, the filtered question list and the tags in use. */
export const useQuestionBank = (parcoursId: string) => {
  const client = useClient();
  const [filters, setFilters] = useState<QuestionFilters>({
    includeSubcategories: true,
    search: '',
    tags: [],
  });
  const categories = useQuery({
    queryKey: queryKeys.questionCategories(parcoursId),
    queryFn: () => client.invoke('questionCategory.list', { parcoursId }),
  });
  const input = {
    parcoursId,
    includeSubcategories: filters.includeSubcategories,
    ...(filters.categoryId === undefined ? {} : { categoryId: filters.categoryId }),
    ...(filters.search.trim() === '' ? {} : { search: filters.search.trim() }),
    ...(filters.tags.length === 0 ? {} : { tags: filters.tags }),
    ...(filters.type === undefined ? {} : { type: filters.type }),
  };
  const questions = useQuery({
    queryKey: queryKeys.questions(parcoursId, input),
    queryFn: () => client.invoke('question.list', input),
    placeholderData: (previous) => previous,
  });
  const tags = useQuery({
    queryKey: queryKeys.questionTags(parcoursId),
    queryFn: () => client.invoke('question.tags', { parcoursId }),
  });
  return {
    filters,
    setFilters,
    categories: categories.data ?? [],
    questions: questions.data ?? [],
    tags: tags.data ?? [],
    loading: categories.isPending || questions.isPending,
  };
};
