import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppErrorData } from '../../shared/contract/app-error';
import type { Client } from '../../shared/contract/create-client';
import type { ProjectSummary } from '../../shared/domain/project';
import { queryKeys } from '../state/query-keys';
import { toAppErrorData } from '../state/to-app-error-data';
import { useClient } from './use-client';

export type OpenRequest =
  | { kind: 'open'; path: string }
  | { kind: 'create'; path: string; title: string }
  | { kind: 'snapshot-copy'; snapshotPath: string };

export interface OpenFailure {
  request: OpenRequest;
  error: AppErrorData;
}

const run = (client: Client, request: OpenRequest): Promise<ProjectSummary> => {
  switch (request.kind) {
    case 'open':
      return client.invoke('project.open', { path: request.path });
    case 'create':
      return client.invoke('project.create', { path: request.path, title: request.title });
    case 'snapshot-copy':
      return client.invoke('project.openSnapshotCopy', { snapshotPath: request.snapshotPath });
  }
};

/**
 * Opens, creates or recovers a project. A failure is kept as data (not thrown) so the
 * welcome screen can explain it in a dialog and offer the last good snapshot.
 */
export const useOpenProject = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const mutation = useMutation({
    mutationFn: (request: OpenRequest) => run(client, request),
    onMutate: () => {
      setFailure(null);
    },
    onSuccess: (project) => {
      queryClient.setQueryData(queryKeys.currentProject, project);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.appInfo[0],
      });
    },
    onError: (error, request) => {
      setFailure({ request, error: toAppErrorData(error) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.recentProjects });
    },
  });
  return {
    open: (request: OpenRequest) => {
      mutation.mutate(request);
    },
    openAsync: (request: OpenRequest) => mutation.mutateAsync(request),
    pending: mutation.isPending,
    failure,
    dismissFailure: () => {
      setFailure(null);
    },
  };
};
