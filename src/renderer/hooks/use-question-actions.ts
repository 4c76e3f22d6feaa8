import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../shared/domain/question';
import type { QuestionDraft } from '../../shared/domain/question-draft';
import { localizedMessage } from '../i18n/localized-message';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { toAppErrorData } from '../state/to-app-error-data';
import { useClient } from './use-client';

const BANK_KEYS = ['questionCategory.list', 'question.list', 'question.tags', 'question.get'];

/** Every edit of a parcours's bank; each one refreshes the bank's lists. */
export const useQuestionActions = (parcoursId: string) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({
      predicate: (query) => BANK_KEYS.includes(String(query.queryKey[0])),
    });
  const options = {
    meta: EDIT_META,
    onSettled: refresh,
    onMutate: () => {
      setError(null);
    },
    onError: (error: unknown) => {
      setError(localizedMessage(toAppErrorData(error), i18n.language));
    },
  };
  return {
    /** The last refusal, in the interface language (shown in the bank's alert). */
    error,
    clearError: () => {
      setError(null);
    },
    createCategory: useMutation({
      ...options,
      mutationFn: (input: { parentId: string | null; name: string }) =>
        client.invoke('questionCategory.create', { parcoursId, ...input }),
    }),
    updateCategory: useMutation({
      ...options,
      mutationFn: (input: { id: string; patch: { name?: string; parentId?: string | null } }) =>
        client.invoke('questionCategory.update', input),
    }),
    deleteCategory: useMutation({
      ...options,
      mutationFn: (id: string) => client.invoke('questionCategory.delete', { id }),
    }),
    create: useMutation({
      ...options,
      mutationFn: ({ categoryId, question }: { categoryId: string; question: QuestionDraft }) =>
        client.invoke('question.create', { parcoursId, categoryId, question }),
    }),
    update: useMutation({
      ...options,
      mutationFn: (question: Question) =>
        client.invoke('question.update', { id: question.id, question }),
      onSuccess: (question: Question) => {
        queryClient.setQueryData(queryKeys.question(question.id), question);
      },
    }),
    duplicate: useMutation({
      ...options,
      mutationFn: (id: string) => client.invoke('question.duplicate', { id }),
    }),
    remove: useMutation({
      ...options,
      mutationFn: (input: { ids: string[]; force: boolean }) =>
        client.invoke('question.delete', input),
    }),
  };
};
