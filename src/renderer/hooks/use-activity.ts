import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export const useActivity = (activityId: string) => {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.activity(activityId),
    queryFn: () => client.invoke('activity.get', { id: activityId }),
  });
};
