import { useQueryClient } from '@tanstack/react-query';
import type { Outline } from '../../shared/domain/outline';
import { queryKeys } from '../state/query-keys';

/**
 * The cached outline of a parcours: `patch` shows an edit at once (optimistic), `refresh`
 * reloads it (and the project summary, whose counts change) once the core has answered.
 */
export const useOutlineCache = (parcoursId: string) => {
  const queryClient = useQueryClient();
  const key = queryKeys.outline(parcoursId);
  return {
    patch: (change: (outline: Outline) => Outline) => {
      void queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<Outline>(key, (outline) => (outline ? change(outline) : outline));
    },
    refresh: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: queryKeys.currentProject }),
      ]),
    /** Another parcours received copies: its outline and the project counts refresh. */
    refreshOther: (otherParcoursId: string) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.outline(otherParcoursId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.currentProject }),
      ]),
  };
};
