import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export const useOutline = (parcoursId: string) => {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.outline(parcoursId),
    queryFn: () => client.invoke('parcours.outline', { id: parcoursId }),
  });
};
