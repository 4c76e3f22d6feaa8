import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';

/**
 * The parcours an activity belongs to, read from the outline already loaded (activities do not
 * carry their parcours id; the outline the author clicked in does).
 */
export const useQuizParcours = (activityId: string): string | null => {
  const queryClient = useQueryClient();
  const outlines = queryClient.getQueriesData({ queryKey: [queryKeys.outline('')[0]] });
  const found = outlines.find(
    ([, data]) => data !== undefined && JSON.stringify(data).includes(`"${activityId}"`),
  );
  const key = found?.[0][1];
  return typeof key === 'string' ? key : null;
};
