import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export const useAppInfo = () => {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => client.invoke('app.info', {}) });
};
