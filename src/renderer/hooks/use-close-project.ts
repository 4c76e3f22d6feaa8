import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export const useCloseProject = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.invoke('project.close', {}),
    onSuccess: () => {
      queryClient.setQueryData(queryKeys.currentProject, null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.recentProjects });
    },
  });
};
