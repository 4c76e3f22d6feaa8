import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/** The recent projects list and the action that removes an entry from it. */
export const useRecentProjects = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.recentProjects,
    queryFn: () => client.invoke('project.recent', {}),
  });
  const forget = useMutation({
    mutationFn: (path: string) => client.invoke('project.forgetRecent', { path }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.recentProjects }),
  });
  return {
    query,
    forget: (path: string) => {
      forget.mutate(path);
    },
  };
};
