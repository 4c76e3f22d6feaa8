import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/** Saves fields of an activity (its title…); the outline and the activity refetch. */
export const useUpdateActivity = (activityId: string) => {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    meta: EDIT_META,
    mutationFn: (patch: Record<string, unknown>) =>
      client.invoke('activity.update', { id: activityId, patch }),
    onSuccess: (activity) => {
      queryClient.setQueryData(queryKeys.activity(activityId), activity);
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === queryKeys.outline('')[0],
      }),
  });
};
