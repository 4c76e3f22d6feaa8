import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/**
 * Keeps every window in step with the core: any change, from this window, another window
 * or the CLI, refetches what is on screen; history state arrives with its event.
 */
export const useProjectEvents = (): void => {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    const refreshAll = (): void => {
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.appInfo[0],
      });
    };
    const unsubscribers = [
      client.on('project.changed', refreshAll),
      client.on('project.opened', refreshAll),
      client.on('project.closed', refreshAll),
      client.on('history.changed', (state) => {
        queryClient.setQueryData(queryKeys.history, state);
      }),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [client, queryClient]);
};
