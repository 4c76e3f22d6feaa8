import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity } from '../../shared/domain/activity';
import { EDIT_META } from '../state/create-query-client';
import { mergeSavedFields } from '../state/merge-saved-fields';
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
    onSuccess: (activity, patch) => {
      // Only the fields this call saved: another edit of the same activity may be on its way
      // (a box just ticked), and the whole answer would put its old value back.
      queryClient.setQueryData<Activity>(queryKeys.activity(activityId), (old) =>
        old ? mergeSavedFields(old, activity, patch) : activity,
      );
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === queryKeys.outline('')[0],
      }),
  });
};
