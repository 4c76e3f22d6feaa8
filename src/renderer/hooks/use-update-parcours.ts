import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../shared/contract/methods';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/** Renames a parcours, changes its declared duration, marks it as gabarit or not. */
export const useUpdateParcours = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    meta: EDIT_META,
    mutationFn: (input: MethodInput<'parcours.update'>) => client.invoke('parcours.update', input),
    onSettled: (_data, _error, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.currentProject }),
        queryClient.invalidateQueries({ queryKey: queryKeys.outline(input.id) }),
        queryClient.invalidateQueries({ queryKey: ['template.list'] }),
      ]),
  });
};
