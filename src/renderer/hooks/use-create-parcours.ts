import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ParcoursSummary } from '../../shared/domain/project';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

export type CreateParcoursInput =
  | { kind: 'blank'; title: string; shortName: string; declaredHours: number }
  | {
      kind: 'template';
      templateId: string;
      source: 'shipped' | 'project';
      title?: string;
      shortName?: string;
    };

/** Creates a parcours, empty or from a gabarit (its sections and activities copied). */
export const useCreateParcours = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    meta: EDIT_META,
    mutationFn: (input: CreateParcoursInput): Promise<ParcoursSummary> => {
      if (input.kind === 'blank') {
        const { kind: _kind, ...rest } = input;
        return client.invoke('parcours.create', rest);
      }
      const { kind: _kind, ...rest } = input;
      return client.invoke('parcours.createFromTemplate', rest);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.currentProject }),
  });
};
