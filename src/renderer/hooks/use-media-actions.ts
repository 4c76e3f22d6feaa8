import { queryKeys } from '../state/query-keys';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EDIT_META } from '../state/create-query-client';
import { useClient } from './use-client';

interface MediaPatch {
  alt?: string;
  decorative?: boolean;
  name?: string;
}

/** Edits of the library: alt text, decorative, name, deletion (refused while used). */
export const useMediaActions = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.media });
  const update = useMutation({
    meta: EDIT_META,
    mutationFn: ({ id, patch }: { id: string; patch: MediaPatch }) =>
      client.invoke('media.update', { id, patch }),
    onSettled: refresh,
  });
  const remove = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('media.delete', { id }),
    onSettled: refresh,
  });
  return { update, remove };
};
