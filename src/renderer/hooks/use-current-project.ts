import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/** The open project, or null on the welcome screen. */
export const useCurrentProject = () => {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.currentProject,
    queryFn: () => client.invoke('project.current', {}),
  });
};
