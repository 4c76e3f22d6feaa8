import { queryKeys } from '../state/query-keys';
import { useQuery } from '@tanstack/react-query';
import { useClient } from './use-client';

/** Gabarits a new parcours can start from: shipped ones and the project's own. */
export const useTemplates = () => {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.templates,
    queryFn: () => client.invoke('template.list', {}),
  });
};
