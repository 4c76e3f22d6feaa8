import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/** The open project's snapshots, and the actions that take or restore one. */
export const useSnapshots = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: queryKeys.snapshots,
    queryFn: () => client.invoke('snapshot.list', {}),
  });
  const refreshAll = () =>
    queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] !== queryKeys.appInfo[0],
    });
  const create = useMutation({
    mutationFn: () => client.invoke('snapshot.create', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.snapshots }),
  });
  const restore = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('snapshot.restore', { id }),
    onSuccess: (project) => {
      queryClient.setQueryData(queryKeys.currentProject, project);
      return refreshAll();
    },
  });
  return { list, create, restore };
};
