import { useMutation } from '@tanstack/react-query';
import type { MethodInput } from '../../shared/contract/methods';
import { EDIT_META } from '../state/create-query-client';
import { moveItem } from '../state/move-item';
import { useClient } from './use-client';
import { useOutlineCache } from './use-outline-cache';

/**
 * Edits of a parcours' sections. Renames and moves show at once (optimistic), then the
 * outline refetches; a refused edit refetches too, so the screen never lies for long.
 */
export const useOutlineActions = (parcoursId: string) => {
  const client = useClient();
  const cache = useOutlineCache(parcoursId);
  const createSection = useMutation({
    meta: EDIT_META,
    mutationFn: (title: string) => client.invoke('section.create', { parcoursId, title }),
    onSettled: cache.refresh,
  });
  const updateSection = useMutation({
    meta: EDIT_META,
    mutationFn: (input: MethodInput<'section.update'>) => client.invoke('section.update', input),
    onMutate: ({ id, patch }) => {
      // The summary is left to the refetch: only what the outline shows is patched at once.
      const { summary: _summary, ...shown } = patch;
      cache.patch((outline) => ({
        ...outline,
        sections: outline.sections.map((section) =>
          section.id === id ? { ...section, ...shown } : section,
        ),
      }));
    },
    onSettled: cache.refresh,
  });
  const moveSection = useMutation({
    meta: EDIT_META,
    mutationFn: ({ id, toIndex }: { id: string; toIndex: number }) =>
      client.invoke('section.move', { id, toIndex }),
    onMutate: ({ id, toIndex }) => {
      cache.patch((outline) => ({ ...outline, sections: moveItem(outline.sections, id, toIndex) }));
    },
    onSettled: cache.refresh,
  });
  const deleteSection = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('section.delete', { id }),
    onSettled: cache.refresh,
  });
  const duplicateSection = useMutation({
    meta: EDIT_META,
    mutationFn: (id: string) => client.invoke('section.duplicate', { id }),
    onSettled: cache.refresh,
  });
  const copySectionTo = useMutation({
    meta: EDIT_META,
    mutationFn: (input: { id: string; parcoursId: string }) =>
      client.invoke('section.copyTo', input),
    onSettled: (_data, _error, input) => cache.refreshOther(input.parcoursId),
  });
  return {
    createSection,
    renameSection: {
      mutate: (input: { id: string; title: string }) => {
        updateSection.mutate({ id: input.id, patch: { title: input.title } });
      },
    },
    updateSection,
    moveSection,
    deleteSection,
    duplicateSection,
    copySectionTo,
  };
};
