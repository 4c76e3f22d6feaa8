import { MutationCache, QueryClient } from '@tanstack/react-query';
import type { SaveTracker } from './save-tracker';
import { toAppErrorData } from './to-app-error-data';

/** Mutations flagged `meta: { edit: true }` change the project: the save indicator follows them. */
export const EDIT_META = { edit: true } as const;

const isEdit = (meta: Record<string, unknown> | undefined): boolean => meta?.['edit'] === true;

/**
 * The core is local and answers in milliseconds: no retries (an error is real and shown),
 * and no refetch on focus (the `project.changed` event keeps data fresh instead).
 */
export const createQueryClient = (tracker: SaveTracker): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onMutate: (_variables, mutation) => {
        if (isEdit(mutation.meta)) tracker.begin();
      },
      onSuccess: (_data, _variables, _context, mutation) => {
        if (isEdit(mutation.meta)) tracker.succeed();
      },
      onError: (error, _variables, _context, mutation) => {
        if (isEdit(mutation.meta)) tracker.fail(toAppErrorData(error));
      },
    }),
  });
