import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryState } from '../../shared/domain/project';
import { EDIT_META } from '../state/create-query-client';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/**
 * The project's undo/redo journal (kept in the file, so it survives a restart). After an
 * undo everything on screen may have changed: all project queries refetch.
 */
export const useHistory = () => {
  const client = useClient();
  const queryClient = useQueryClient();
  const state = useQuery({
    queryKey: queryKeys.history,
    queryFn: () => client.invoke('history.state', {}),
  });
  const onSuccess = (next: HistoryState) => {
    queryClient.setQueryData(queryKeys.history, next);
    void queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] !== queryKeys.appInfo[0] && query.queryKey[0] !== queryKeys.history[0],
    });
  };
  const undo = useMutation({
    meta: EDIT_META,
    mutationFn: () => client.invoke('history.undo', {}),
    onSuccess,
  });
  const redo = useMutation({
    meta: EDIT_META,
    mutationFn: () => client.invoke('history.redo', {}),
    onSuccess,
  });
  const busy = undo.isPending || redo.isPending;
  return {
    canUndo: (state.data?.canUndo ?? false) && !busy,
    canRedo: (state.data?.canRedo ?? false) && !busy,
    undoLabel: state.data?.undoLabel ?? null,
    redoLabel: state.data?.redoLabel ?? null,
    undo: () => {
      if (state.data?.canUndo && !busy) undo.mutate();
    },
    redo: () => {
      if (state.data?.canRedo && !busy) redo.mutate();
    },
  };
};
