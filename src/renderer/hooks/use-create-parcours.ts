import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export const useCreateParcours = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    meta: EDIT_META,
    mutationFn: (input: { title: string; shortName: string; declaredHours: number }) =>
      client.invoke('parcours.create', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.currentProject }),
  });
};
