import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Outline } from '../../shared/domain/outline';
import { EDIT_META } from '../state/create-query-client';
import { moveItem } from '../state/move-item';
import { queryKeys } from '../state/query-keys';
import { useClient } from './use-client';

/**
 * Edits of a parcours' outline. Renames and moves show at once (optimistic), then the
 * outline refetches; a refused edit refetches too, so the screen never lies for long.
 */
export const useOutlineActions = (parcoursId: string) => {
  const client = useClient();
  const queryClient = useQueryClient();
  const key = queryKeys.outline(parcoursId);
  const patchOutline = (change: (outline: Outline) => Outline) => {
    void queryClient.cancelQueries({ queryKey: key });
    queryClient.setQueryData<Outline>(key, (outline) => (outline ? change(outline) : outline));
  };
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: queryKeys.currentProject }),
    ]);

  const createSection = useMutation({
    meta: EDIT_META,
    mutationFn: (title: string) => client.invoke('section.create', { parcoursId, title }),
    onSettled: refresh,
  });
  const renameSection = useMutation({
    meta: EDIT_META,
    mutationFn: ({ id, title }: { id: string; title: string }) =>
      client.invoke('section.update', { id, patch: { title } }),
    onMutate: ({ id, title }) => {
      patchOutline((outline) => ({
        ...outline,
        sections: outline.sections.map((section) =>
          section.id === id ? { ...section, title } : section,
        ),
      }));
    },
    onSettled: refresh,
  });
  const moveSection = useMutation({
    meta: EDIT_META,
    mutationFn: ({ id, toIndex }: { id: string; toIndex: number }) =>
      client.invoke('section.move', { id, toIndex }),
    onMutate: ({ id, toIndex }) => {
      patchOutline((outline) => ({
        ...outline,
        sections: moveItem(outline.sections, id, toIndex),
      }));
    },
    onSettled: refresh,
  });
  const deleteSection = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('section.delete', { id }),
    onSettled: refresh,
  });
  const createPage = useMutation({
    meta: EDIT_META,
    mutationFn: ({ sectionId, title }: { sectionId: string; title: string }) =>
      client.invoke('activity.create', { sectionId, type: 'page', title }),
    onSettled: refresh,
  });
  const deleteActivity = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('activity.delete', { id }),
    onSettled: refresh,
  });
  return { createSection, renameSection, moveSection, deleteSection, createPage, deleteActivity };
};
